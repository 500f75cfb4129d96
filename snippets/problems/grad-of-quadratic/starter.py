import jax
import jax.numpy as jnp


def grad_of_quadratic(w, b, x):
    """Gradient with respect to ``w`` of ``sum((w * x + b) ** 2)``.

    Args:
        w: the scalar weight to differentiate with respect to.
        b: the scalar offset (held fixed).
        x: a 1-D array of inputs.

    Returns:
        A scalar: d/dw of the loss, computed with ``jax.grad``.
    """
    raise NotImplementedError("build the loss as a function of w and pass it to jax.grad")
