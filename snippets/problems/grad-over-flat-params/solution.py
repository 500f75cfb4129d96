import jax
import jax.numpy as jnp


def grad_over_flat_params(flat_params, x):
    """Gradient of ``sum((x @ w + b) ** 2)`` with respect to ``flat_params``."""
    d = x.shape[1]

    def loss(params):
        w, b = params[:d], params[d]
        return jnp.sum((x @ w + b) ** 2)

    return jax.grad(loss)(flat_params)
