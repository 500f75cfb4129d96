import jax
import jax.numpy as jnp


def spread(points):
    """Sum over pairs i < j of ||points[i] - points[j]||, with a NaN-free gradient."""
    diff = points[:, None, :] - points[None, :, :]
    squared = jnp.sum(diff**2, axis=-1)  # (n, n), zero on the diagonal and for duplicates
    apart = squared > 0
    # First where: sqrt never sees a 0, so its derivative there is never infinite.
    safe_squared = jnp.where(apart, squared, 1.0)
    # Second where: the placeholder's distance is discarded from the value.
    distances = jnp.where(apart, jnp.sqrt(safe_squared), 0.0)
    return jnp.sum(distances) / 2  # the full matrix counts every pair twice


def spread_gradient(points):
    """Gradient of ``spread`` with respect to ``points``: coinciding pairs contribute 0."""
    return jax.grad(spread)(points)
