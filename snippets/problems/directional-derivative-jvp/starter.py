import jax
import jax.numpy as jnp


def softmax_jvp(x, v):
    """``softmax(x)`` and its directional derivative along ``v``, in one ``jax.jvp`` call.

    Args:
        x: float32 array of shape ``(n,)``, the logits.
        v: float32 array of shape ``(n,)``, the direction (not normalised).

    Returns:
        A tuple ``(value, derivative)`` of two float32 arrays of shape ``(n,)``:
        ``jax.nn.softmax(x)`` and the Jacobian of softmax at ``x`` times ``v``.
    """
    raise NotImplementedError("jax.jvp takes the function, a tuple of primals, a tuple of tangents")
