import jax
import jax.numpy as jnp


def grad_over_flat_params(flat_params, x):
    """Gradient of ``sum((x @ w + b) ** 2)`` with respect to ``flat_params``.

    Args:
        flat_params: a 1-D array of shape ``(d + 1,)``: the ``d`` weights ``w``
            followed by the bias ``b``.
        x: a 2-D array of shape ``(N, d)``, one row per example.

    Returns:
        An array of shape ``(d + 1,)``, laid out like ``flat_params``.
    """
    raise NotImplementedError("write the loss as a function of flat_params and use jax.grad")
