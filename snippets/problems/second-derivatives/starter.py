import jax
import jax.numpy as jnp


def f(x):
    """The function to differentiate: x³ · sin(x)."""
    return x**3 * jnp.sin(x)


def derivatives_at(x):
    """The first, second and third derivatives of ``f`` at ``x``, by nesting ``jax.grad``.

    Args:
        x: a float scalar (a Python float or a float32 array of shape ``()``).

    Returns:
        A tuple ``(d1, d2, d3)`` of float32 scalars: f'(x), f''(x) and f'''(x).
    """
    raise NotImplementedError("jax.grad(f) is a function too: what happens if you grad it?")
