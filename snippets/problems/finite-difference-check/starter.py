import jax
import jax.numpy as jnp


def bumpy_bowl(x):
    """The fixed scalar function whose slopes are estimated: a bowl with ripples."""
    return jnp.sum(jnp.sin(x)) + 0.5 * jnp.sum(x) ** 2


def central_differences(x, eps):
    """Central finite-difference estimate of the gradient of ``bumpy_bowl`` at ``x``.

    Args:
        x: float32 array of shape ``(n,)``, the point.
        eps: a Python float, the step size.

    Returns:
        A float32 array of shape ``(n,)`` whose entry ``i`` is
        ``(bumpy_bowl(x + eps * e_i) - bumpy_bowl(x - eps * e_i)) / (2 * eps)``, where ``e_i``
        is the i-th unit vector. Compute it in float32 with jax.numpy; no jax.grad.
    """
    raise NotImplementedError("step x by +eps and -eps along one coordinate at a time")
