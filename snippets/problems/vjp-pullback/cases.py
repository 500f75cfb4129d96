# Check cases for vjp_pullback: keyword arguments, by name. None equals a page example.
import jax
import jax.numpy as jnp

_w_key, _x_key, _u_key = jax.random.split(jax.random.key(1414), 3)

CASES = {
    "zeros": dict(w=jnp.zeros((2, 3)), x=jnp.zeros(3), u=jnp.zeros(2)),
    "zero cotangent": dict(
        w=jnp.array([[1.0, 2.0], [-1.0, 0.5], [0.0, 3.0]]), x=jnp.array([0.5, -0.5]), u=jnp.zeros(3)
    ),
    "zero point": dict(
        w=jnp.array([[1.0, -2.0, 0.5], [3.0, 0.0, -1.0]]), x=jnp.zeros(3), u=jnp.array([1.0, 2.0])
    ),
    "negatives": dict(
        w=jnp.array([[-1.0, -0.5], [-2.0, -1.5]]),
        x=jnp.array([-0.3, -1.2]),
        u=jnp.array([-1.0, -0.25]),
    ),
    "single element": dict(w=jnp.array([[2.0]]), x=jnp.array([0.4]), u=jnp.array([-1.5])),
    "one-hot cotangent": dict(
        w=jnp.array([[0.5, 1.0, -1.0, 2.0], [1.0, -0.5, 0.25, 0.0], [2.0, 2.0, 1.0, -1.0]]),
        x=jnp.array([0.1, -0.2, 0.3, -0.4]),
        u=jnp.array([0.0, 1.0, 0.0]),
    ),
    "many outputs": dict(
        w=jnp.array([[1.0], [-2.0], [0.5], [3.0], [-1.0], [0.25]]),
        x=jnp.array([0.6]),
        u=jnp.array([1.0, 1.0, -1.0, 0.5, 2.0, -0.5]),
    ),
    "saturated": dict(
        w=jnp.array([[1.0, 1.0, 1.0], [2.0, -1.0, 0.5]]),
        x=jnp.array([6.0, -8.0, 0.1]),
        u=jnp.array([3.0, -2.0]),
    ),
    "larger size": dict(
        w=jax.random.normal(_w_key, (20, 16)),
        x=jax.random.normal(_x_key, (16,)),
        u=jax.random.normal(_u_key, (20,)),
    ),
}
