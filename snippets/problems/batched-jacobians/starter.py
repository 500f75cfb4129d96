import jax
import jax.numpy as jnp


def arm_jacobians(lengths, angles):
    """Jacobians of a planar robot arm's fingertip position, at a batch of joint configurations.

    Link ``k`` has length ``lengths[k]`` and is turned by ``angles[k]`` relative to the link
    before it, so its absolute direction is ``phi_k = angles[0] + ... + angles[k]``. The
    fingertip is at ``(sum_k lengths[k] * cos(phi_k), sum_k lengths[k] * sin(phi_k))``.

    Args:
        lengths: float32 array of shape ``(n,)``, the link lengths, shared by every configuration.
        angles: float32 array of shape ``(N, n)``, one configuration of joint angles per row.

    Returns:
        A float32 array of shape ``(N, 2, n)``: entry ``[i, r, j]`` is the derivative of
        coordinate ``r`` (0 for x, 1 for y) of the fingertip with respect to ``angles[i, j]``.
    """
    raise NotImplementedError(
        "write the fingertip position for ONE configuration, take its Jacobian with respect "
        "to the angles, then map that over the rows"
    )
