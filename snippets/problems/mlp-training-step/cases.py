# Check cases for mlp_train_step: keyword arguments, by name. None equals a page example.
import jax
import jax.numpy as jnp


def _mlp(w1, b1, w2, b2):
    return {"hidden": {"w": w1, "b": b1}, "output": {"w": w2, "b": b2}}


def _random_mlp(key, d_in, hidden, d_out):
    k1, k2, k3, k4 = jax.random.split(key, 4)
    return _mlp(
        jax.random.normal(k1, (d_in, hidden)) / d_in**0.5,
        0.1 * jax.random.normal(k2, (hidden,)),
        jax.random.normal(k3, (hidden, d_out)) / hidden**0.5,
        0.1 * jax.random.normal(k4, (d_out,)),
    )


_keys = jax.random.split(jax.random.key(42), 6)
_fit_params = _random_mlp(_keys[0], 3, 4, 2)
_fit_x = jax.random.normal(_keys[1], (5, 3))
# Targets the model already hits: the loss is zero and the step moves nothing.
_fit_y = (
    jax.nn.relu(_fit_x @ _fit_params["hidden"]["w"] + _fit_params["hidden"]["b"])
    @ _fit_params["output"]["w"]
    + _fit_params["output"]["b"]
)

CASES = {
    "zero params": dict(
        params=_mlp(jnp.zeros((2, 3)), jnp.zeros(3), jnp.zeros((3, 1)), jnp.zeros(1)),
        x=jnp.array([[1.0, 2.0], [-1.0, 0.5]]),
        y=jnp.array([[1.0], [3.0]]),
        lr=0.1,
    ),
    "zero inputs": dict(
        params=_mlp(jnp.array([[1.0, -1.0]]), jnp.array([0.5, -0.5]),
                    jnp.array([[2.0], [1.0]]), jnp.array([0.0])),
        x=jnp.zeros((3, 1)),
        y=jnp.array([[1.0], [0.0], [-1.0]]),
        lr=0.2,
    ),
    "negatives": dict(
        params=_mlp(-jnp.ones((2, 2)), jnp.array([-0.5, -1.0]),
                    jnp.array([[-1.0, -2.0], [-0.5, -1.5]]), jnp.array([-0.25, -0.75])),
        x=jnp.array([[-1.0, -0.5], [-2.0, -0.25]]),
        y=jnp.array([[-1.0, -2.0], [-3.0, -0.5]]),
        lr=0.05,
    ),
    "single element": dict(
        params=_mlp(jnp.array([[0.7]]), jnp.array([0.2]), jnp.array([[-1.3]]), jnp.array([0.4])),
        x=jnp.array([[1.5]]),
        y=jnp.array([[2.0]]),
        lr=0.1,
    ),
    "zero learning rate": dict(
        params=_mlp(jnp.array([[1.0, 2.0], [-1.0, 0.5]]), jnp.array([0.25, -0.25]),
                    jnp.array([[1.5], [-0.5]]), jnp.array([0.5])),
        x=jnp.array([[1.0, 1.0], [2.0, -1.0], [0.0, 3.0]]),
        y=jnp.array([[1.0], [2.0], [-1.0]]),
        lr=0.0,
    ),
    # Pre-activations exactly 0 in the first unit and below 0 in the second: no hidden
    # gradient at all with ReLU's slope of 0 at the kink (jnp.maximum would give 0.5).
    "units at the kink": dict(
        params=_mlp(jnp.array([[1.0, -1.0], [-1.0, -2.0]]), jnp.array([0.0, -2.0]),
                    jnp.array([[2.0], [-1.0]]), jnp.array([0.5])),
        x=jnp.array([[1.0, 1.0], [2.0, 2.0], [-0.5, -0.5]]),
        y=jnp.array([[1.0], [-1.0], [2.0]]),
        lr=0.1,
    ),
    "perfect fit": dict(params=_fit_params, x=_fit_x, y=_fit_y, lr=0.5),
    "wide hidden layer": dict(
        params=_random_mlp(_keys[2], 2, 32, 1),
        x=jnp.array([[0.5, -1.0], [1.0, 1.0], [-2.0, 0.0]]),
        y=jnp.array([[1.0], [-1.0], [0.5]]),
        lr=0.3,
    ),
    "larger size": dict(
        params=_random_mlp(_keys[3], 8, 16, 4),
        x=jax.random.normal(_keys[4], (16, 8)),
        y=jax.random.normal(_keys[5], (16, 4)),
        lr=0.01,
    ),
}
