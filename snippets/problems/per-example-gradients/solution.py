import jax
import jax.numpy as jnp


def example_loss(w, x, y):
    """Logistic loss of ONE example: features ``x`` of shape ``(d,)``, label ``y`` (0. or 1.)."""
    logit = jnp.dot(w, x)
    return jax.nn.softplus(logit) - y * logit


def per_example_gradients(w, xs, ys):
    """Row ``i`` is the gradient of ``example_loss`` with respect to ``w`` at example ``i``."""
    # None: every example sees the same w; 0: one row of xs and one entry of ys each.
    return jax.vmap(jax.grad(example_loss), in_axes=(None, 0, 0))(w, xs, ys)
