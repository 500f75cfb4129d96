"""Linear-regression gradient descent written as a lax.scan training loop that records the loss history."""
import jax
import jax.numpy as jnp

X = jnp.array([[1.0, 0.0], [1.0, 1.0], [1.0, 2.0], [1.0, 3.0]])
y = jnp.array([1.0, 3.0, 5.0, 7.0])


def loss(w):
    return jnp.mean((X @ w - y) ** 2)


def step(w, _):
    l, g = jax.value_and_grad(loss)(w)
    return w - 0.1 * g, l


w0 = jnp.zeros(2)
w_final, losses = jax.lax.scan(step, w0, None, length=200)
print("losses shape:", losses.shape, losses.dtype)
print("first losses:", losses[:3])
print("decreasing:", bool(jnp.all(jnp.diff(losses) <= 1e-6)))
print("w_final:", jnp.round(w_final, 3))
print("final loss < 1e-3:", bool(loss(w_final) < 1e-3))


def step_lr(w, lr):
    g = jax.grad(loss)(w)
    return w - lr * g, jnp.linalg.norm(g)


lrs = jnp.linspace(0.1, 0.01, 5)
w5, gnorms = jax.lax.scan(step_lr, w0, lrs)
print("schedule gnorms:", gnorms)
print("w5:", w5)
try:
    jax.lax.scan(lambda c, x: (c.astype(jnp.int32), x), w0, lrs)
except Exception as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
jitted = jax.jit(lambda w: jax.lax.scan(step, w, None, length=200)[0])
print("jit matches:", bool(jnp.allclose(jitted(w0), w_final, atol=1e-5)))
