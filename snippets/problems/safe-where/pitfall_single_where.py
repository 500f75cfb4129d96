import jax
import jax.numpy as jnp


def spread_masked_after(points):
    diff = points[:, None, :] - points[None, :, :]
    squared = jnp.sum(diff**2, axis=-1)
    # The mask picks 0 for the diagonal, but sqrt(0) is still computed and differentiated.
    return jnp.sum(jnp.where(squared > 0, jnp.sqrt(squared), 0.0)) / 2


def spread_with_norm(points):
    diff = points[:, None, :] - points[None, :, :]
    return jnp.sum(jnp.linalg.norm(diff, axis=-1)) / 2


points = jnp.array([[0.0, 0.0], [3.0, 4.0], [6.0, 0.0]])
print(spread_masked_after(points))  # the value is right: 5 + 5 + 6
print(jax.grad(spread_masked_after)(points))  # every entry nan
print(jax.grad(spread_with_norm)(points))  # the norm of a zero vector: nan as well
