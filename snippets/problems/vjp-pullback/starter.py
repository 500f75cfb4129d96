import jax
import jax.numpy as jnp


def vjp_pullback(w, x, u):
    """Pull the cotangent ``u`` back through ``f(x) = w @ tanh(x)``: return ``u @ J``.

    Args:
        w: float32 array of shape ``(m, n)`` (held fixed).
        x: float32 array of shape ``(n,)``, the point.
        u: float32 array of shape ``(m,)``, a cotangent: one entry per output of ``f``.

    Returns:
        A float32 array of shape ``(n,)``: ``u`` times the Jacobian of ``f`` at ``x``,
        computed with ``jax.vjp`` without building the Jacobian.
    """
    raise NotImplementedError("jax.vjp(f, x) gives f(x) and a function that maps u to u @ J")
