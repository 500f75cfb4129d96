import jax
import jax.numpy as jnp


def grad_of_quadratic(w, b, x):
    """Gradient with respect to ``w`` of ``sum((w * x + b) ** 2)``."""

    def loss(w):
        return jnp.sum((w * x + b) ** 2)

    return jax.grad(loss)(w)
