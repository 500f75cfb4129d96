import jax
import jax.numpy as jnp


def vjp_pullback(w, x, u):
    """Pull the cotangent ``u`` back through ``f(x) = w @ tanh(x)``: return ``u @ J``."""

    def f(x):
        return w @ jnp.tanh(x)

    _, pullback = jax.vjp(f, x)
    (x_cotangent,) = pullback(u)  # one cotangent per primal argument of f
    return x_cotangent
