import jax
import jax.numpy as jnp


def td_gradient(w, x, r, x_next, gamma):
    """Semi-gradient of a temporal-difference loss for a linear value estimate q(w, s) = s @ w.

    The loss is the mean over transitions i of (q(w, x[i]) - target[i]) ** 2, where
    target[i] = r[i] + gamma * q(w, x_next[i]) is computed from the same ``w`` but treated
    as a constant: wrap it in ``jax.lax.stop_gradient``. Differentiate with ``jax.grad``.

    Args:
        w: float32 array of shape ``(d,)``, the weights (differentiated).
        x: float32 array of shape ``(n, d)``, features of the states.
        r: float32 array of shape ``(n,)``, the rewards.
        x_next: float32 array of shape ``(n, d)``, features of the next states.
        gamma: a Python float in [0, 1], the discount.

    Returns:
        A float32 array of shape ``(d,)``: the gradient with respect to ``w``, the target
        held fixed.
    """
    raise NotImplementedError("build the target, freeze it with jax.lax.stop_gradient, then grad")
