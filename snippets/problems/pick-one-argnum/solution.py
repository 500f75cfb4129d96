import jax
import jax.numpy as jnp


def probability(w, b, x):
    """The classifier: probability that input ``x`` belongs to the positive class."""
    return jax.nn.sigmoid(jnp.dot(w, x) + b)


def input_saliency(w, b, x):
    """Gradient of ``probability(w, b, x)`` with respect to the input ``x``."""
    return jax.grad(probability, argnums=2)(w, b, x)
