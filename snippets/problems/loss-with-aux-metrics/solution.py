import jax
import jax.numpy as jnp


def grad_and_metrics(params, x, labels):
    """Gradient of a logistic-regression loss, plus the metrics computed along the way."""

    def loss_fn(params):
        logits = x @ params["w"] + params["b"]
        loss = jnp.mean(jax.nn.softplus(logits) - labels * logits)
        accuracy = jnp.mean((logits > 0) == (labels == 1))
        return loss, {"loss": loss, "accuracy": accuracy}

    return jax.grad(loss_fn, has_aux=True)(params)
