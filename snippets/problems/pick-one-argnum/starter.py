import jax
import jax.numpy as jnp


def probability(w, b, x):
    """The classifier: probability that input ``x`` belongs to the positive class."""
    return jax.nn.sigmoid(jnp.dot(w, x) + b)


def input_saliency(w, b, x):
    """Gradient of ``probability(w, b, x)`` with respect to the input ``x``.

    Args:
        w: a 1-D float array of shape ``(d,)``, the weights (held fixed).
        b: a float scalar, the bias (held fixed).
        x: a 1-D float array of shape ``(d,)``, the input to explain.

    Returns:
        An array of shape ``(d,)``: d probability / d x, computed with ``jax.grad``.
    """
    raise NotImplementedError("x is argument 2 of probability: tell jax.grad with argnums")
