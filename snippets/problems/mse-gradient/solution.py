import jax
import jax.numpy as jnp


def mse_gradient(w, b, x, y):
    """The gradient of ``mean((x @ w + b - y) ** 2)`` with respect to ``w`` and ``b``."""

    def loss(w, b):
        return jnp.mean((x @ w + b - y) ** 2)

    return jax.grad(loss, argnums=(0, 1))(w, b)
