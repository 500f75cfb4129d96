import jax
import jax.numpy as jnp


def layer_jacobian(w, b, x):
    """Jacobian with respect to ``x`` of the dense layer ``tanh(w @ x + b)``."""

    def layer(x):
        return jnp.tanh(w @ x + b)

    # Either mode gives the same matrix; forward mode needs one pass per input column.
    return jax.jacfwd(layer)(x)
