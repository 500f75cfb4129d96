import jax
import jax.numpy as jnp


def mlp_params_gradient(params, x, y):
    """Gradient of a two-layer MLP's mean squared error with respect to all its parameters.

    The model is ``tanh(x @ W1 + b1) @ W2 + b2`` and the loss is the mean, over every entry,
    of ``(prediction - y) ** 2``.

    Args:
        params: ``{"layer1": {"w": W1, "b": b1}, "layer2": {"w": W2, "b": b2}}`` with
            ``W1`` of shape ``(d_in, h)``, ``b1`` ``(h,)``, ``W2`` ``(h, d_out)`` and
            ``b2`` ``(d_out,)``, all float32.
        x: the inputs, shape ``(N, d_in)``.
        y: the targets, shape ``(N, d_out)``.

    Returns:
        A dict with the same nested keys as ``params``, each leaf the gradient of the loss
        with respect to that parameter (same shape, float32).
    """
    raise NotImplementedError("write the loss as a function of the whole params dict")
