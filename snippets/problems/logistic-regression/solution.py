import jax
import jax.numpy as jnp


def logistic_regression_step(weights, bias, features, labels, learning_rate):
    """One gradient-descent step on the summed negative log-likelihood; returns (w, b)."""

    def loss(weights, bias):
        logits = features @ weights + bias
        # -log σ(z) = softplus(-z) and -log(1 - σ(z)) = softplus(z); together with
        # softplus(-z) = softplus(z) - z this is softplus(z) - y·z, finite for any z.
        return jnp.sum(jax.nn.softplus(logits) - labels * logits)

    grad_w, grad_b = jax.grad(loss, argnums=(0, 1))(weights, bias)
    return weights - learning_rate * grad_w, bias - learning_rate * grad_b
