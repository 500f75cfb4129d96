import jax
import jax.numpy as jnp


def fit_linear_regression(x, y, learning_rate, num_steps):
    """Gradient descent on ``mean((x @ w + b - y) ** 2)`` from zeros; returns (w, b, losses)."""

    def loss(w, b):
        return jnp.mean((x @ w + b - y) ** 2)

    loss_and_grads = jax.value_and_grad(loss, argnums=(0, 1))
    w = jnp.zeros(x.shape[1], dtype=x.dtype)
    b = jnp.zeros((), dtype=x.dtype)
    losses = []
    for _ in range(num_steps):
        value, (grad_w, grad_b) = loss_and_grads(w, b)
        losses.append(value)
        w = w - learning_rate * grad_w
        b = b - learning_rate * grad_b
    return w, b, jnp.stack(losses)
