# Check cases for hessian_of_form: keyword arguments, by name. None equals a page example.
import jax
import jax.numpy as jnp

_a_key, _b_key, _x_key = jax.random.split(jax.random.key(2718), 3)

CASES = {
    "zeros": dict(a=jnp.zeros((3, 3)), b=jnp.zeros(3), x=jnp.zeros(3)),
    "identity at the origin": dict(a=jnp.eye(4), b=jnp.ones(4), x=jnp.zeros(4)),
    "symmetric": dict(
        a=jnp.array([[2.0, 1.0, 0.0], [1.0, 3.0, -1.0], [0.0, -1.0, 1.0]]),
        b=jnp.array([1.0, -1.0, 0.5]),
        x=jnp.array([0.5, 1.5, -2.0]),
    ),
    "upper triangular": dict(
        a=jnp.array([[1.0, 4.0, -2.0], [0.0, 2.0, 6.0], [0.0, 0.0, -3.0]]),
        b=jnp.zeros(3),
        x=jnp.array([1.0, 1.0, 1.0]),
    ),
    "antisymmetric": dict(
        a=jnp.array([[0.0, 2.0], [-2.0, 0.0]]), b=jnp.array([3.0, -4.0]), x=jnp.array([1.0, 2.0])
    ),
    "negatives": dict(
        a=jnp.array([[-1.0, -0.5], [-2.5, -3.0]]),
        b=jnp.array([-1.0, -2.0]),
        x=jnp.array([-0.5, -4.0]),
    ),
    "single element": dict(a=jnp.array([[2.5]]), b=jnp.array([-1.0]), x=jnp.array([3.0])),
    "large values": dict(
        a=jnp.array([[100.0, -250.0], [75.0, 400.0]]),
        b=jnp.array([1000.0, -500.0]),
        x=jnp.array([30.0, -20.0]),
    ),
    "larger size": dict(
        a=jax.random.normal(_a_key, (16, 16)),
        b=jax.random.normal(_b_key, (16,)),
        x=jax.random.normal(_x_key, (16,)),
    ),
}
