import jax
import jax.numpy as jnp


def softmax_cross_entropy_and_grad(logits, labels):
    """Mean softmax cross-entropy of integer labels, and its gradient in the logits."""

    def loss(logits):
        log_probs = jax.nn.log_softmax(logits)  # stable: shifts each row by its maximum
        picked = jnp.take_along_axis(log_probs, labels[:, None], axis=1)  # shape (N, 1)
        return -jnp.mean(picked)

    return jax.value_and_grad(loss)(logits)
