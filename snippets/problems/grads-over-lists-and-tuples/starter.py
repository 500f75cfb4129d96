import jax
import jax.numpy as jnp


def layers_gradient(layers, x, y):
    """Gradient of a stack of dense layers' loss with respect to every (w, b) pair.

    The network applies the layers in order: ``h = tanh(h @ w + b)`` for every layer but
    the last, which is linear, ``out = h @ w + b``. The loss is
    ``0.5 * sum((out - y) ** 2)``.

    Args:
        layers: a list of ``(w, b)`` tuples; layer ``i`` has ``w`` of shape
            ``(d_i, d_{i+1})`` and ``b`` of shape ``(d_{i+1},)``, float32. At least one.
        x: the inputs, shape ``(N, d_0)``.
        y: the targets, shape ``(N, d_L)`` where ``d_L`` is the last layer's width.

    Returns:
        A list of ``(grad_w, grad_b)`` tuples, one per layer, with the shapes of ``layers``.
    """
    raise NotImplementedError("differentiate a loss that takes the whole list of layers")
