# Check cases for logistic_regression_step: keyword arguments, by name. None equals a page example.
import jax
import jax.numpy as jnp

_w_key, _b_key, _x_key, _y_key = jax.random.split(jax.random.key(31), 4)
_x_large = jax.random.normal(_x_key, (128, 5))
_w_large = 0.5 * jax.random.normal(_w_key, (5,))
# Labels drawn from the model itself, so the data look like real logistic-regression data.
_y_large = jax.random.bernoulli(_y_key, jax.nn.sigmoid(_x_large @ _w_large)).astype(jnp.float32)

CASES = {
    "zeros": dict(
        weights=jnp.zeros(3), bias=jnp.float32(0.0), features=jnp.zeros((4, 3)),
        labels=jnp.array([1.0, 1.0, 0.0, 1.0]), learning_rate=0.1,
    ),
    "zero weights": dict(
        weights=jnp.zeros(2), bias=jnp.float32(0.0),
        features=jnp.array([[1.0, 2.0], [-0.5, 1.0], [2.0, -1.0]]),
        labels=jnp.array([1.0, 0.0, 1.0]), learning_rate=0.5,
    ),
    "negatives": dict(
        weights=jnp.array([-0.5, -1.5]), bias=jnp.float32(-0.25),
        features=jnp.array([[-1.0, -0.5], [-2.0, -0.25], [-0.5, -3.0]]),
        labels=jnp.array([0.0, 1.0, 1.0]), learning_rate=0.2,
    ),
    "single element": dict(
        weights=jnp.array([0.75]), bias=jnp.float32(0.5), features=jnp.array([[-2.0]]),
        labels=jnp.array([1.0]), learning_rate=0.3,
    ),
    "all labels zero": dict(
        weights=jnp.array([0.2, -0.1, 0.4]), bias=jnp.float32(1.0),
        features=jnp.array([[1.0, 0.0, 2.0], [0.5, 1.5, -1.0]]),
        labels=jnp.zeros(2), learning_rate=0.1,
    ),
    "confident predictions": dict(
        # Logits of 18.5, -19.5, 36 and -40: the first two are confidently wrong. A loss
        # written as log(sigmoid(z)) and log(1 - sigmoid(z)) overflows here.
        weights=jnp.array([4.0, 3.0]), bias=jnp.float32(0.5),
        features=jnp.array([[3.0, 2.0], [-2.0, -4.0], [5.0, 5.0], [-6.0, -5.5]]),
        labels=jnp.array([0.0, 1.0, 1.0, 0.0]), learning_rate=0.05,
    ),
    "zero learning rate": dict(
        weights=jnp.array([1.0, -2.0]), bias=jnp.float32(0.5),
        features=jnp.array([[0.5, 0.5], [1.0, -1.0]]),
        labels=jnp.array([1.0, 0.0]), learning_rate=0.0,
    ),
    "larger size": dict(
        weights=_w_large, bias=jnp.float32(-0.3), features=_x_large, labels=_y_large,
        learning_rate=0.01,
    ),
}
