import jax
import jax.numpy as jnp


def spread(points):
    diff = points[:, None, :] - points[None, :, :]
    squared = jnp.sum(diff**2, axis=-1)
    apart = squared > 0
    distances = jnp.where(apart, jnp.sqrt(jnp.where(apart, squared, 1.0)), 0.0)
    return jnp.sum(distances) / 2


grid = jnp.array([[0, 0], [3, 4], [0, 0]])  # whole-number coordinates are int32

try:
    jax.grad(spread)(grid)
except TypeError as err:
    print(f"TypeError: {err}")

print(jax.grad(spread)(grid.astype(jnp.float32)))
