import jax
import jax.numpy as jnp


def layer_jacobian(w, b, x):
    """Jacobian with respect to ``x`` of the dense layer ``tanh(w @ x + b)``.

    Args:
        w: float32 array of shape ``(m, n)``, the weights (held fixed).
        b: float32 array of shape ``(m,)``, the bias (held fixed).
        x: float32 array of shape ``(n,)``, the input to differentiate with respect to.

    Returns:
        A float32 array of shape ``(m, n)``: entry ``[i, j]`` is the derivative of output
        ``i`` with respect to input ``j``. Use ``jax.jacfwd`` or ``jax.jacrev``.
    """
    raise NotImplementedError("write the layer as a function of x alone, then use jax.jacfwd")
