import jax
import jax.numpy as jnp

x = jnp.array([[1.0], [2.0]])
y = jnp.array([1.0, 0.0])


def loss_and_residuals(w):
    residuals = x @ w - y
    return jnp.mean(residuals**2), residuals  # a pair, not a scalar


try:
    jax.value_and_grad(loss_and_residuals)(jnp.zeros(1))
except TypeError as err:
    print(f"TypeError: {err}")

(value, residuals), grad_w = jax.value_and_grad(loss_and_residuals, has_aux=True)(jnp.zeros(1))
print(value, residuals, grad_w)
