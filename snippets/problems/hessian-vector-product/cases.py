# Check cases for hvp: keyword arguments, by name. None equals a page example.
import jax
import jax.numpy as jnp

_w_key, _x_key, _v_key = jax.random.split(jax.random.key(1618), 3)

CASES = {
    "zeros": dict(w=jnp.zeros(3), x=jnp.zeros((2, 3)), v=jnp.zeros(3)),
    "zero direction": dict(
        w=jnp.array([0.5, -1.0]), x=jnp.array([[1.0, 2.0], [3.0, -1.0]]), v=jnp.zeros(2)
    ),
    "zero weights": dict(
        w=jnp.zeros(3),
        x=jnp.array([[1.0, 0.0, 2.0], [0.0, 1.0, -1.0], [1.0, 1.0, 1.0]]),
        v=jnp.array([1.0, -1.0, 0.5]),
    ),
    "negatives": dict(
        w=jnp.array([-0.5, -0.25]),
        x=jnp.array([[-1.0, -2.0], [-0.5, -3.0], [-2.0, -0.1]]),
        v=jnp.array([-1.0, -2.0]),
    ),
    "single element": dict(w=jnp.array([0.7]), x=jnp.array([[1.5]]), v=jnp.array([2.0])),
    "one example": dict(
        w=jnp.array([0.1, 0.2, -0.3, 0.4]),
        x=jnp.array([[1.0, -1.0, 2.0, 0.5]]),
        v=jnp.array([0.0, 1.0, 0.0, 0.0]),
    ),
    "saturated": dict(
        w=jnp.array([5.0, -4.0]),
        x=jnp.array([[4.0, -3.0], [-3.0, 5.0], [0.1, 0.1]]),
        v=jnp.array([1.0, 1.0]),
    ),
    "more features than examples": dict(
        w=jnp.array([0.3, -0.2, 0.1, 0.0, 0.5, -0.4]),
        x=jnp.array([[1.0, 0.5, -0.5, 2.0, 0.0, 1.0], [0.0, -1.0, 1.5, 0.5, 1.0, -2.0]]),
        v=jnp.array([1.0, 2.0, 3.0, -1.0, -2.0, -3.0]),
    ),
    "larger size": dict(
        w=0.2 * jax.random.normal(_w_key, (16,)),
        x=jax.random.normal(_x_key, (24, 16)),
        v=jax.random.normal(_v_key, (16,)),
    ),
}
