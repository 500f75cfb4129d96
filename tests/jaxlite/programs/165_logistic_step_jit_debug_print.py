"""A jitted logistic-regression step with jax.debug.print inside, Python print of tracers, and retracing."""
import jax
import jax.numpy as jnp

features = jnp.array([[1.0, 2.0], [-1.0, 0.5], [0.0, -2.0], [2.0, 2.0]])
labels = jnp.array([1.0, 0.0, 0.0, 1.0])


def loss(w, b):
    z = features @ w + b
    return jnp.sum(jax.nn.softplus(z) - labels * z)


@jax.jit
def step(w, b, lr):
    l, (gw, gb) = jax.value_and_grad(loss, argnums=(0, 1))(w, b)
    jax.debug.print("loss {l:.4f} gb {gb:.4f}", l=l, gb=gb)
    print("tracing with", type(w).__name__, w.shape, w.dtype)
    return w - lr * gw, b - lr * gb


w, b = jnp.zeros(2), jnp.array(0.0)
for i in range(3):
    w, b = step(w, b, 0.1)
print("w:", w, "b:", b)
print("new lr value, same shapes: no retrace")
w, b = step(w, b, 0.2)
print("float64-less python float lr:", repr(step(w, b, 0.0)[1]))
jax.debug.print("outside jit: {} and {}", jnp.arange(3), 2.5)
jax.debug.print("vector {x}", x=jnp.array([1.5, -2.0]))
jax.vmap(lambda t: jax.debug.print("vmapped {t}", t=t))(jnp.array([1.0, 2.0]))
print("jit of lambda returning tuple:", jax.jit(lambda a: (a, a * 2))(jnp.float32(1.0)))
