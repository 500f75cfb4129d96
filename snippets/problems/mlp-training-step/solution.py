import jax
import jax.numpy as jnp


def mlp_train_step(params, x, y, lr):
    """One descent step on ``mean((relu(x @ W1 + b1) @ W2 + b2 - y) ** 2)``: (new params, loss)."""

    def loss(p):
        hidden = jax.nn.relu(x @ p["hidden"]["w"] + p["hidden"]["b"])
        prediction = hidden @ p["output"]["w"] + p["output"]["b"]
        return jnp.mean((prediction - y) ** 2)

    value, grads = jax.value_and_grad(loss)(params)
    new_params = jax.tree.map(lambda p, g: p - lr * g, params, grads)
    return new_params, value
