import jax


def softmax_jvp(x, v):
    """``softmax(x)`` and its directional derivative along ``v``, in one ``jax.jvp`` call."""
    value, derivative = jax.jvp(jax.nn.softmax, (x,), (v,))
    return value, derivative
