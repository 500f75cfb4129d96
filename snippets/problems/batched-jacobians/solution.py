import jax
import jax.numpy as jnp


def fingertip(lengths, angles):
    """Fingertip position (x, y) of a planar arm in ONE configuration ``angles`` of shape (n,)."""
    directions = jnp.cumsum(angles)  # each link's absolute angle
    return jnp.stack([
        jnp.sum(lengths * jnp.cos(directions)),
        jnp.sum(lengths * jnp.sin(directions)),
    ])


def arm_jacobians(lengths, angles):
    """Entry ``[i, r, j]``: d fingertip coordinate ``r`` / d ``angles[i, j]``."""
    # argnums=1: the angles move, the lengths are fixed. The Jacobian at one configuration
    # is (2, n); vmap stacks N of them, sharing the lengths (None) and splitting the rows (0).
    jacobian = jax.jacfwd(fingertip, argnums=1)
    return jax.vmap(jacobian, in_axes=(None, 0))(lengths, angles)
