# Check cases for mlp_params_gradient: keyword arguments, by name. None equals a page example.
import jax
import jax.numpy as jnp


def _mlp(w1, b1, w2, b2):
    return {"layer1": {"w": w1, "b": b1}, "layer2": {"w": w2, "b": b2}}


def _random_mlp(key, d_in, hidden, d_out):
    k1, k2, k3, k4 = jax.random.split(key, 4)
    return _mlp(
        jax.random.normal(k1, (d_in, hidden)) / d_in**0.5,
        0.1 * jax.random.normal(k2, (hidden,)),
        jax.random.normal(k3, (hidden, d_out)) / hidden**0.5,
        0.1 * jax.random.normal(k4, (d_out,)),
    )


_keys = jax.random.split(jax.random.key(3), 6)
_fit_params = _random_mlp(_keys[0], 3, 4, 2)
_fit_x = jax.random.normal(_keys[1], (5, 3))
# Targets the model already hits exactly: every gradient is zero (up to rounding).
_fit_y = (
    jnp.tanh(_fit_x @ _fit_params["layer1"]["w"] + _fit_params["layer1"]["b"])
    @ _fit_params["layer2"]["w"]
    + _fit_params["layer2"]["b"]
)

CASES = {
    "zero params": dict(
        params=_mlp(jnp.zeros((2, 3)), jnp.zeros(3), jnp.zeros((3, 1)), jnp.zeros(1)),
        x=jnp.array([[1.0, 2.0], [-1.0, 0.5]]),
        y=jnp.array([[1.0], [3.0]]),
    ),
    "zero inputs": dict(
        params=_mlp(jnp.array([[1.0, -1.0]]), jnp.array([0.5, -0.5]),
                    jnp.array([[2.0], [1.0]]), jnp.array([0.0])),
        x=jnp.zeros((3, 1)),
        y=jnp.array([[1.0], [0.0], [-1.0]]),
    ),
    "negatives": dict(
        params=_mlp(-jnp.ones((2, 2)), jnp.array([-0.5, -1.0]),
                    jnp.array([[-1.0, -2.0], [-0.5, -1.5]]), jnp.array([-0.25, -0.75])),
        x=jnp.array([[-1.0, -0.5], [-2.0, -0.25]]),
        y=jnp.array([[-1.0, -2.0], [-3.0, -0.5]]),
    ),
    "single element": dict(
        params=_mlp(jnp.array([[0.7]]), jnp.array([0.2]), jnp.array([[-1.3]]), jnp.array([0.4])),
        x=jnp.array([[1.5]]),
        y=jnp.array([[2.0]]),
    ),
    "perfect fit": dict(params=_fit_params, x=_fit_x, y=_fit_y),
    "saturated hidden units": dict(
        params=_mlp(jnp.array([[20.0, -30.0]]), jnp.array([5.0, 5.0]),
                    jnp.array([[1.0], [0.5]]), jnp.array([0.0])),
        x=jnp.array([[2.0], [-3.0], [1.0]]),
        y=jnp.array([[0.5], [0.0], [-0.5]]),
    ),
    "wide hidden layer": dict(
        params=_random_mlp(_keys[2], 2, 32, 1),
        x=jnp.array([[0.5, -1.0], [1.0, 1.0], [-2.0, 0.0]]),
        y=jnp.array([[1.0], [-1.0], [0.5]]),
    ),
    "larger size": dict(
        params=_random_mlp(_keys[3], 8, 16, 4),
        x=jax.random.normal(_keys[4], (16, 8)),
        y=jax.random.normal(_keys[5], (16, 4)),
    ),
}
