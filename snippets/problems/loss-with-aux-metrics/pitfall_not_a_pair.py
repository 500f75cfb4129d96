import jax
import jax.numpy as jnp


def loss_fn(w, x, y):
    residuals = x @ w - y
    loss = jnp.mean(residuals**2)
    return loss, jnp.mean(residuals), jnp.max(residuals)  # three things, not two


x = jnp.array([[1.0, 0.0], [0.0, 1.0]])
y = jnp.array([1.0, -1.0])

try:
    jax.grad(loss_fn, has_aux=True)(jnp.zeros(2), x, y)
except TypeError as err:
    print(f"TypeError: {err}")


def loss_fn_fixed(w, x, y):
    residuals = x @ w - y
    loss = jnp.mean(residuals**2)
    return loss, (jnp.mean(residuals), jnp.max(residuals))  # group the extras: a pair


print(jax.grad(loss_fn_fixed, has_aux=True)(jnp.zeros(2), x, y))
