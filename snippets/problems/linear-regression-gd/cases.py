# Check cases for fit_linear_regression: keyword arguments, by name. None equals a page example.
import jax
import jax.numpy as jnp

_x_key, _noise_key, _wide_key = jax.random.split(jax.random.key(2024), 3)
_x_large = jax.random.normal(_x_key, (100, 3))
_y_large = (
    _x_large @ jnp.array([1.5, -2.0, 0.5]) + 0.75 + 0.1 * jax.random.normal(_noise_key, (100,))
)
_x_wide = jax.random.normal(_wide_key, (4, 6))

CASES = {
    "zeros": dict(x=jnp.zeros((4, 2)), y=jnp.zeros(4), learning_rate=0.1, num_steps=5),
    "zero inputs, constant target": dict(
        x=jnp.zeros((3, 2)), y=jnp.array([2.0, 2.0, 2.0]), learning_rate=0.2, num_steps=8
    ),
    "negatives": dict(
        x=jnp.array([[-1.0, -2.0], [-3.0, -0.5], [-2.0, -1.5]]),
        y=jnp.array([-4.0, -1.0, -2.5]),
        learning_rate=0.05,
        num_steps=30,
    ),
    "single element": dict(
        x=jnp.array([[2.0]]), y=jnp.array([3.0]), learning_rate=0.05, num_steps=10
    ),
    "one step": dict(
        x=jnp.array([[1.0, 0.0], [0.0, 2.0], [1.0, 1.0]]),
        y=jnp.array([1.0, -1.0, 0.5]),
        learning_rate=0.3,
        num_steps=1,
    ),
    "exact line": dict(
        x=jnp.array([[-2.0], [-1.0], [0.0], [1.0], [2.0]]),
        y=jnp.array([-5.0, -3.0, -1.0, 1.0, 3.0]),
        learning_rate=0.1,
        num_steps=100,
    ),
    "small learning rate": dict(
        x=jnp.array([[0.5, 1.0], [1.5, -1.0]]),
        y=jnp.array([1.0, 2.0]),
        learning_rate=1e-3,
        num_steps=20,
    ),
    "more features than examples": dict(
        x=_x_wide, y=jnp.array([1.0, -1.0, 0.5, 2.0]), learning_rate=0.05, num_steps=40
    ),
    "larger size": dict(x=_x_large, y=_y_large, learning_rate=0.1, num_steps=100),
}
