import jax
import jax.numpy as jnp


def clip_by_global_norm(grads, max_norm):
    """Scale a whole pytree of gradients so its global L2 norm is at most ``max_norm``.

    The global norm is ``sqrt(sum of g ** 2 over every element of every leaf)``. Every leaf
    is multiplied by the same factor, ``min(1, max_norm / norm)``; when the norm is zero the
    factor is 1 (no division by zero, no NaN).

    Args:
        grads: a pytree (dicts, lists, tuples) whose leaves are float32 arrays.
        max_norm: a positive Python float.

    Returns:
        A tuple ``(clipped, norm)``: ``clipped`` has the structure and shapes of ``grads``,
        and ``norm`` is the global norm of ``grads`` before clipping, a float32 scalar array.
    """
    raise NotImplementedError("first reduce every leaf to one number, then combine them")
