# Check cases for grad_over_flat_params: keyword arguments, by name. None equals a page example.
import jax
import jax.numpy as jnp

_params_key, _x_key = jax.random.split(jax.random.key(7))

CASES = {
    "zeros": dict(flat_params=jnp.zeros(4), x=jnp.zeros((3, 3))),
    "zero params": dict(flat_params=jnp.zeros(3), x=jnp.array([[1.0, 2.0], [3.0, -1.0]])),
    "negatives": dict(
        flat_params=jnp.array([-1.0, -2.0, -0.5]), x=jnp.array([[-1.0, -3.0], [-2.0, -0.5]])
    ),
    "single element": dict(flat_params=jnp.array([1.5, -0.5]), x=jnp.array([[2.0]])),
    "bias only": dict(flat_params=jnp.array([0.0, 0.0, 0.0, 2.0]), x=jnp.ones((2, 3))),
    "one example": dict(
        flat_params=jnp.array([0.5, -1.0, 2.0, 0.25]), x=jnp.array([[1.0, 2.0, 3.0]])
    ),
    "many examples, one feature": dict(
        flat_params=jnp.array([0.2, -0.1]), x=jnp.arange(10.0).reshape(10, 1)
    ),
    "large values": dict(
        flat_params=jnp.array([10.0, -20.0, 5.0]), x=jnp.array([[30.0, 10.0], [-15.0, 40.0]])
    ),
    "larger size": dict(
        flat_params=jax.random.normal(_params_key, (17,)),
        x=jax.random.normal(_x_key, (64, 16)),
    ),
}
