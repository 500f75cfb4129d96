# Check cases for arm_jacobians: keyword arguments, by name. None equals a page example.
import jax
import jax.numpy as jnp

_lengths_key, _angles_key = jax.random.split(jax.random.key(8128))

CASES = {
    "zeros": dict(lengths=jnp.zeros(3), angles=jnp.zeros((2, 3))),
    "straight arm": dict(lengths=jnp.array([1.0, 0.5, 0.25]), angles=jnp.zeros((1, 3))),
    "negatives": dict(
        lengths=jnp.array([2.0, 1.0]), angles=jnp.array([[-0.5, -1.0], [-2.0, -0.25]])
    ),
    "single element": dict(lengths=jnp.array([1.5]), angles=jnp.array([[0.75]])),
    "one link, many poses": dict(
        lengths=jnp.array([2.0]), angles=jnp.array([[0.0], [1.0], [-2.5], [3.0]])
    ),
    "folded back": dict(
        lengths=jnp.array([1.0, 1.0]), angles=jnp.array([[0.3, 3.1415927], [1.0, -3.1415927]])
    ),
    "as many poses as links": dict(
        lengths=jnp.array([0.5, 1.0, 1.5]),
        angles=jnp.array([[0.2, 0.4, -0.6], [1.0, 0.0, 1.0], [-0.3, 2.0, 0.5]]),
    ),
    "a zero-length link": dict(
        lengths=jnp.array([1.0, 0.0, 2.0]), angles=jnp.array([[0.5, 0.5, 0.5], [1.0, -1.0, 2.0]])
    ),
    "larger size": dict(
        lengths=0.5 + jax.random.uniform(_lengths_key, (4,)),
        angles=jax.random.uniform(_angles_key, (40, 4), minval=-3.0, maxval=3.0),
    ),
}
