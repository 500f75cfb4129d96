import jax
import jax.numpy as jnp


def example_loss(w, x, y):
    """Logistic loss of ONE example: features ``x`` of shape ``(d,)``, label ``y`` (0. or 1.)."""
    logit = jnp.dot(w, x)
    return jax.nn.softplus(logit) - y * logit


def per_example_gradients(w, xs, ys):
    """The gradient of ``example_loss`` with respect to ``w``, separately for every example.

    Args:
        w: the weights, float32 of shape ``(d,)``, shared by every example.
        xs: the features, float32 of shape ``(N, d)``: one row per example.
        ys: the labels, float32 of shape ``(N,)``, each 0. or 1.

    Returns:
        A float32 array of shape ``(N, d)`` whose row ``i`` is
        ``jax.grad(example_loss)(w, xs[i], ys[i])``.
    """
    raise NotImplementedError("take jax.grad of example_loss, then map it over the batch")
