import jax
import jax.numpy as jnp


def sgd_step(params, grads, learning_rate):
    """One step of plain gradient descent over a pytree of parameters.

    Args:
        params: a pytree (dicts, lists, tuples) whose leaves are float32 arrays.
        grads: a pytree with exactly the structure and leaf shapes of ``params``.
        learning_rate: a Python float.

    Returns:
        A pytree with the structure of ``params`` where each leaf is
        ``param - learning_rate * grad``.
    """
    raise NotImplementedError("apply one small function to every leaf pair with jax.tree.map")
