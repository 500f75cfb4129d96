"""Linear regression by gradient descent with value_and_grad(argnums=(0, 1), has_aux), a lax.scan version, and jnp.linalg.lstsq as reference."""
import jax
import jax.numpy as jnp
from jax import lax

x = jnp.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0], [2.0, -1.0], [-1.0, 0.5], [0.5, 2.0]])
y = x @ jnp.array([1.5, -0.5]) + 0.25 + jnp.array([0.01, -0.02, 0.0, 0.03, -0.01, 0.0])


def loss(w, b):
    pred = x @ w + b
    return jnp.mean((pred - y) ** 2), pred


loss_and_grads = jax.value_and_grad(loss, argnums=(0, 1), has_aux=True)


def fit_loop(lr, steps):
    w, b = jnp.zeros(2), jnp.zeros(())
    losses = []
    for _ in range(steps):
        (value, pred), (gw, gb) = loss_and_grads(w, b)
        losses.append(value)
        w, b = w - lr * gw, b - lr * gb
    return w, b, jnp.stack(losses)


w, b, losses = fit_loop(0.1, 200)
print("w:", jnp.round(w, 3), "b:", jnp.round(b, 3), b.shape, b.dtype)
print("losses shape:", losses.shape, "first:", losses[0], "falls:", bool(losses[-1] < losses[0]))


def body(carry, _):
    w, b = carry
    (value, _), (gw, gb) = loss_and_grads(w, b)
    return (w - 0.1 * gw, b - 0.1 * gb), value


(w2, b2), losses2 = jax.jit(lambda: lax.scan(body, (jnp.zeros(2), jnp.zeros(())), None, length=200))()
print("scan agrees:", bool(jnp.allclose(w2, w, atol=1e-5)), bool(jnp.allclose(losses2, losses, atol=1e-5)))

design = jnp.concatenate([x, jnp.ones((x.shape[0], 1))], axis=1)
coef, resid, rank, sv = jnp.linalg.lstsq(design, y)
print("lstsq coef:", jnp.round(coef, 3), "rank:", rank)
print("GD reaches least squares:", bool(jnp.allclose(jnp.append(w, b), coef, atol=1e-3)))
print("pinv agrees:", bool(jnp.allclose(jnp.linalg.pinv(design) @ y, coef, atol=1e-4)))
(final, pred), grads = loss_and_grads(w, b)
print(f"final loss {float(final):.6f}; aux predictions shape {pred.shape}; grad norms small:",
      [bool(jnp.linalg.norm(g) < 1e-3) for g in grads])

_, _, hot = fit_loop(1.5, 8)
print("lr=1.5 losses grow:", bool(jnp.all(jnp.diff(hot) > 0)), f"{float(hot[-1]):.3e}" if hot[-1] > 1e3 else "small")
