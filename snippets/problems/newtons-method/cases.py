# Check cases for newton_minimize: keyword arguments, by name. None equals a page example.
import jax
import jax.numpy as jnp

_m_key, _b_key, _x_key = jax.random.split(jax.random.key(1618), 3)
_m = jax.random.normal(_m_key, (16, 16))

CASES = {
    "zeros": dict(a=jnp.eye(3), b=jnp.zeros(3), x0=jnp.zeros(3), steps=4),
    # The gradient at 0 is -b + 1/2 = 0: every step is zero.
    "start at the minimum": dict(
        a=jnp.array([[2.0, 1.0], [1.0, 2.0]]), b=jnp.array([0.5, 0.5]), x0=jnp.zeros(2), steps=3
    ),
    "no steps": dict(
        a=jnp.array([[3.0, 1.0], [1.0, 2.0]]), b=jnp.array([1.0, -1.0]),
        x0=jnp.array([0.5, -0.5]), steps=0,
    ),
    "one step": dict(
        a=jnp.array([[2.0, 0.5, 0.0], [0.5, 1.0, 0.25], [0.0, 0.25, 1.5]]),
        b=jnp.array([1.0, 2.0, -1.0]),
        x0=jnp.array([1.0, 1.0, 1.0]),
        steps=1,
    ),
    "negatives": dict(
        a=jnp.array([[2.0, -0.5], [-0.5, 1.0]]),
        b=jnp.array([-3.0, -1.5]),
        x0=jnp.array([-2.0, -4.0]),
        steps=5,
    ),
    "single element": dict(
        a=jnp.array([[0.5]]), b=jnp.array([2.0]), x0=jnp.array([-3.0]), steps=6
    ),
    "far start": dict(
        a=jnp.array([[1.0, 0.2, 0.0], [0.2, 1.5, -0.3], [0.0, -0.3, 2.0]]),
        b=jnp.array([0.5, -1.0, 2.0]),
        x0=jnp.array([12.0, -15.0, 9.0]),
        steps=6,
    ),
    "strongly coupled": dict(
        a=jnp.array([[1.0, 0.9], [0.9, 1.0]]), b=jnp.array([1.0, -1.0]),
        x0=jnp.array([2.0, 2.0]), steps=5,
    ),
    "larger size": dict(
        a=_m @ _m.T / 16 + 0.5 * jnp.eye(16),
        b=2.0 * jax.random.normal(_b_key, (16,)),
        x0=jax.random.normal(_x_key, (16,)),
        steps=6,
    ),
}
