import jax
import jax.numpy as jnp


def loss_fn(w, x, y):
    residuals = x @ w - y
    loss = jnp.mean(residuals**2)
    return loss, {"mean_residual": jnp.mean(residuals)}


x = jnp.array([[1.0, 0.0], [0.0, 1.0]])
y = jnp.array([1.0, -1.0])

try:
    jax.grad(loss_fn)(jnp.zeros(2), x, y)  # the pair is taken as the output to differentiate
except TypeError as err:
    print(f"TypeError: {err}")

print(jax.grad(loss_fn, has_aux=True)(jnp.zeros(2), x, y))
