import jax
import jax.numpy as jnp


def mlp_params_gradient(params, x, y):
    """Gradient of ``mean((tanh(x @ W1 + b1) @ W2 + b2 - y) ** 2)`` over the params dict."""

    def loss(p):
        hidden = jnp.tanh(x @ p["layer1"]["w"] + p["layer1"]["b"])
        prediction = hidden @ p["layer2"]["w"] + p["layer2"]["b"]
        return jnp.mean((prediction - y) ** 2)

    return jax.grad(loss)(params)
