# Check cases for mse_gradient: keyword arguments, by name. None equals a page example.
import jax
import jax.numpy as jnp

_x_key, _noise_key, _w_key = jax.random.split(jax.random.key(1618), 3)
_fit_x = jnp.array([[1.0, 2.0], [-1.0, 0.5], [3.0, -2.0]])
_big_x = jax.random.normal(_x_key, (128, 6))

CASES = {
    "zeros": dict(w=jnp.zeros(3), b=0.0, x=jnp.zeros((4, 3)), y=jnp.zeros(4)),
    "perfect fit": dict(
        w=jnp.array([2.0, -1.0]), b=0.5, x=_fit_x,
        y=_fit_x @ jnp.array([2.0, -1.0]) + 0.5,
    ),
    "zero weights": dict(
        w=jnp.zeros(2), b=0.0, x=jnp.array([[1.0, -1.0], [2.0, 0.5], [0.0, 3.0]]),
        y=jnp.array([1.0, -2.0, 0.5]),
    ),
    "negatives": dict(
        w=jnp.array([-0.5, -2.0]), b=-1.0, x=jnp.array([[-1.0, -3.0], [-2.0, -0.5]]),
        y=jnp.array([-4.0, -1.5]),
    ),
    "single element": dict(
        w=jnp.array([1.5]), b=-0.5, x=jnp.array([[2.0]]), y=jnp.array([1.0])
    ),
    "only the bias matters": dict(
        w=jnp.array([3.0, -3.0]), b=jnp.array(2.0), x=jnp.zeros((3, 2)),
        y=jnp.array([1.0, 2.0, 6.0]),
    ),
    "more features than examples": dict(
        w=jnp.array([0.1, 0.2, 0.3, 0.4, 0.5]), b=0.0,
        x=jnp.array([[1.0, 0.0, -1.0, 2.0, 0.5], [0.0, 1.0, 1.0, -1.0, 2.0]]),
        y=jnp.array([1.0, -1.0]),
    ),
    "large values": dict(
        w=jnp.array([0.5, -0.25]), b=10.0, x=jnp.array([[100.0, 200.0], [-300.0, 50.0]]),
        y=jnp.array([500.0, -100.0]),
    ),
    "larger size": dict(
        w=0.5 * jax.random.normal(_w_key, (6,)), b=jnp.array(0.3), x=_big_x,
        y=_big_x @ jnp.arange(1.0, 7.0) - 2.0 + 0.1 * jax.random.normal(_noise_key, (128,)),
    ),
}
