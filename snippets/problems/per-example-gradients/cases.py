# Check cases for per_example_gradients: keyword arguments, by name. None equals a page example.
import jax
import jax.numpy as jnp

_w_key, _x_key, _y_key = jax.random.split(jax.random.key(4242), 3)

CASES = {
    "zeros": dict(w=jnp.zeros(3), xs=jnp.zeros((4, 3)), ys=jnp.zeros(4)),
    "zero weights": dict(
        w=jnp.zeros(2), xs=jnp.array([[1.0, 2.0], [-1.0, 0.5], [3.0, 0.0]]),
        ys=jnp.array([1.0, 0.0, 1.0]),
    ),
    "negatives": dict(
        w=jnp.array([-0.5, -1.0, -0.25]),
        xs=jnp.array([[-1.0, -2.0, -0.5], [-3.0, -0.5, -1.0]]),
        ys=jnp.array([0.0, 1.0]),
    ),
    "single element": dict(w=jnp.array([1.5]), xs=jnp.array([[2.0]]), ys=jnp.array([0.0])),
    "one example": dict(
        w=jnp.array([0.2, -0.4, 0.6, 0.1]), xs=jnp.array([[1.0, 1.0, -1.0, 2.0]]),
        ys=jnp.array([1.0]),
    ),
    "as many examples as weights": dict(
        w=jnp.array([1.0, -1.0, 0.5]),
        xs=jnp.array([[0.5, 1.0, 0.0], [2.0, -1.0, 1.0], [0.0, 0.0, 3.0]]),
        ys=jnp.array([0.0, 1.0, 1.0]),
    ),
    "confident and right": dict(
        w=jnp.array([4.0, -4.0]), xs=jnp.array([[3.0, -2.0], [-2.0, 3.0]]),
        ys=jnp.array([1.0, 0.0]),
    ),
    "confident and wrong": dict(
        w=jnp.array([4.0, -4.0]), xs=jnp.array([[3.0, -2.0], [-2.0, 3.0]]),
        ys=jnp.array([0.0, 1.0]),
    ),
    "larger size": dict(
        w=0.3 * jax.random.normal(_w_key, (5,)),
        xs=jax.random.normal(_x_key, (60, 5)),
        ys=jax.random.bernoulli(_y_key, 0.5, (60,)).astype(jnp.float32),
    ),
}
