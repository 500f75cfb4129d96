import jax
import jax.numpy as jnp


def poisson_loss_and_grad(w, x, counts):
    """The Poisson regression loss and its gradient with respect to ``w``, together.

    The model predicts a rate ``exp(x @ w)`` for each row of ``x``; the loss is the mean over
    rows of ``exp(x @ w) - counts * (x @ w)``.

    Args:
        w: a 1-D float array of shape ``(d,)``, the weights.
        x: a 2-D float array of shape ``(N, d)``, one row per example.
        counts: a 1-D float array of shape ``(N,)``, the observed counts.

    Returns:
        A pair ``(loss, grad)``: a scalar and an array of shape ``(d,)``.
    """
    raise NotImplementedError("write the loss as a function, then ask jax.value_and_grad for both")
