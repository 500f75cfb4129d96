import jax
import jax.numpy as jnp


def fit_linear_regression(x, y, learning_rate, num_steps):
    """Fit ``y ≈ x @ w + b`` by plain gradient descent on the mean squared error.

    Start from ``w = 0`` and ``b = 0``. Each of the ``num_steps`` steps evaluates the loss
    ``mean((x @ w + b - y) ** 2)`` and its gradient with respect to ``w`` and ``b`` at the
    current parameters, records the loss, then moves both parameters by
    ``-learning_rate * gradient``.

    Args:
        x: a float32 array of shape ``(N, d)``, one row per example.
        y: a float32 array of shape ``(N,)``, the targets.
        learning_rate: a positive Python float.
        num_steps: a Python int, at least 1.

    Returns:
        A tuple ``(w, b, losses)``: ``w`` of shape ``(d,)``, ``b`` of shape ``()`` and
        ``losses`` of shape ``(num_steps,)``, where ``losses[t]`` is the loss before step ``t``.
        All float32.
    """
    raise NotImplementedError("get the loss and both gradients from one jax.value_and_grad call")
