# Check cases for spread_gradient: keyword arguments, by name. None equals a page example.
import jax
import jax.numpy as jnp

_key = jax.random.key(5772)
_cloud = jax.random.normal(_key, (20, 3))

CASES = {
    "zeros": dict(points=jnp.zeros((4, 2))),
    "single point": dict(points=jnp.array([[1.5, -2.0, 0.5]])),
    "two points": dict(points=jnp.array([[0.0, 0.0], [3.0, 4.0]])),
    "a repeated point": dict(points=jnp.array([[0.0, 0.0], [3.0, 4.0], [3.0, 4.0], [-1.0, 2.0]])),
    "all points equal": dict(points=jnp.tile(jnp.array([[2.0, -1.0, 0.5]]), (3, 1))),
    "negatives": dict(points=jnp.array([[-1.0, -2.0], [-3.5, -0.5], [-2.0, -4.0]])),
    "one dimension": dict(points=jnp.array([[-2.0], [0.0], [1.0], [1.0], [4.0]])),
    "nearly coincident": dict(points=jnp.array([[0.5, 0.5], [0.5001, 0.5], [-1.0, 2.0]])),
    "larger size": dict(points=jnp.concatenate([_cloud, _cloud[:4]])),
}
