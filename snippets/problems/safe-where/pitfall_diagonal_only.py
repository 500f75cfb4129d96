import jax
import jax.numpy as jnp


def spread_off_diagonal(points):
    n = points.shape[0]
    diff = points[:, None, :] - points[None, :, :]
    squared = jnp.sum(diff**2, axis=-1)
    off_diagonal = ~jnp.eye(n, dtype=bool)  # masks i == j, assuming distinct points
    safe = jnp.where(off_diagonal, squared, 1.0)
    return jnp.sum(jnp.where(off_diagonal, jnp.sqrt(safe), 0.0)) / 2


distinct = jnp.array([[0.0, 0.0], [3.0, 4.0], [6.0, 0.0]])
print(jax.grad(spread_off_diagonal)(distinct))  # fine while no two points coincide

repeated = jnp.array([[0.0, 0.0], [3.0, 4.0], [3.0, 4.0]])
print(jax.grad(spread_off_diagonal)(repeated))  # a repeated point brings the nan back
