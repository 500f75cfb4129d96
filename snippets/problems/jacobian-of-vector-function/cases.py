# Check cases for layer_jacobian: keyword arguments, by name. None equals a page example.
import jax
import jax.numpy as jnp

_w_key, _b_key, _x_key = jax.random.split(jax.random.key(3141), 3)

CASES = {
    "zeros": dict(w=jnp.zeros((2, 3)), b=jnp.zeros(2), x=jnp.zeros(3)),
    "zero input, zero bias": dict(
        w=jnp.array([[1.0, -2.0], [0.5, 3.0], [-1.5, 0.25]]), b=jnp.zeros(3), x=jnp.zeros(2)
    ),
    "negatives": dict(
        w=jnp.array([[-0.5, -1.0, -0.25], [-2.0, -0.1, -0.75]]),
        b=jnp.array([-0.3, -0.2]),
        x=jnp.array([-1.0, -0.5, -2.0]),
    ),
    "single element": dict(w=jnp.array([[1.5]]), b=jnp.array([-0.5]), x=jnp.array([0.8])),
    "one output": dict(
        w=jnp.array([[0.2, -0.4, 0.6, -0.8]]),
        b=jnp.array([0.1]),
        x=jnp.array([1.0, 2.0, -1.0, 0.5]),
    ),
    "tall": dict(
        w=jnp.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0], [1.0, -1.0], [0.5, 2.0]]),
        b=jnp.array([0.0, 0.5, -0.5, 1.0, -1.0]),
        x=jnp.array([0.3, -0.7]),
    ),
    "wide": dict(
        w=jnp.array([[0.1, 0.2, 0.3, 0.4, 0.5, 0.6], [-0.6, 0.5, -0.4, 0.3, -0.2, 0.1]]),
        b=jnp.array([0.25, -0.25]),
        x=jnp.array([1.0, -1.0, 2.0, -2.0, 0.5, -0.5]),
    ),
    "saturated": dict(
        w=jnp.array([[4.0, 3.0], [-5.0, 2.0], [0.5, 0.1]]),
        b=jnp.array([2.0, -3.0, 0.0]),
        x=jnp.array([3.0, -2.5]),
    ),
    "larger size": dict(
        w=0.3 * jax.random.normal(_w_key, (16, 24)),
        b=0.1 * jax.random.normal(_b_key, (16,)),
        x=jax.random.normal(_x_key, (24,)),
    ),
}
