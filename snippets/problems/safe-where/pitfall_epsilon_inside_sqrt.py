import jax
import jax.numpy as jnp


def spread_padded(points, eps=1e-8):
    diff = points[:, None, :] - points[None, :, :]
    squared = jnp.sum(diff**2, axis=-1)
    return jnp.sum(jnp.sqrt(squared + eps)) / 2  # no nan, but not the spread any more


def spread(points):
    diff = points[:, None, :] - points[None, :, :]
    squared = jnp.sum(diff**2, axis=-1)
    apart = squared > 0
    safe = jnp.where(apart, squared, 1.0)
    return jnp.sum(jnp.where(apart, jnp.sqrt(safe), 0.0)) / 2


close = jnp.array([[0.0, 0.0], [1e-4, 0.0]])  # two points 1e-4 apart
print(jax.grad(spread_padded)(close))  # the unit vectors have shrunk to length 0.71
print(jax.grad(spread)(close))  # the exact answer: unit vectors
print(spread_padded(close), spread(close))  # the value is off as well
