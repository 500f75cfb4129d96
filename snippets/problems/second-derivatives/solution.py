import jax
import jax.numpy as jnp


def f(x):
    """The function to differentiate: x³ · sin(x)."""
    return x**3 * jnp.sin(x)


def derivatives_at(x):
    """The first, second and third derivatives of ``f`` at ``x``, by nesting ``jax.grad``."""
    first = jax.grad(f)
    second = jax.grad(first)
    third = jax.grad(second)
    return first(x), second(x), third(x)
