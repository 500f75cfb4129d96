import jax
import jax.numpy as jnp


def mse_gradient(w, b, x, y):
    """The gradient of the mean squared error of the linear model ``x @ w + b``.

    The loss is ``mean((x @ w + b - y) ** 2)`` over the ``n`` examples.

    Args:
        w: float32 array of shape ``(d,)``, the weights.
        b: a float scalar (a Python float or a float32 array of shape ``()``), the bias.
        x: float32 array of shape ``(n, d)``, one example per row.
        y: float32 array of shape ``(n,)``, the targets.

    Returns:
        A tuple ``(dw, db)``: the gradient with respect to ``w`` (shape ``(d,)``) and with
        respect to ``b`` (a scalar), both float32. Compute them with ``jax.grad``.
    """
    raise NotImplementedError("write the loss as a function of w and b, then differentiate both")
