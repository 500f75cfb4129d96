import jax.numpy as jnp


def bumpy_bowl(x):
    """The fixed scalar function whose slopes are estimated: a bowl with ripples."""
    return jnp.sum(jnp.sin(x)) + 0.5 * jnp.sum(x) ** 2


def central_differences(x, eps):
    """Entry i: (bumpy_bowl(x + eps e_i) - bumpy_bowl(x - eps e_i)) / (2 eps), in float32."""
    # Row i of the scaled identity is the step along coordinate i alone.
    steps = eps * jnp.eye(x.shape[0], dtype=x.dtype)
    ups = jnp.array([bumpy_bowl(x + step) for step in steps])
    downs = jnp.array([bumpy_bowl(x - step) for step in steps])
    return (ups - downs) / (2 * eps)
