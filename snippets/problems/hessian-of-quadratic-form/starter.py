import jax
import jax.numpy as jnp


def hessian_of_form(a, b, x):
    """Hessian with respect to ``x`` of ``f(x) = x @ a @ x + b @ x``.

    Args:
        a: float32 array of shape ``(n, n)``, not necessarily symmetric (held fixed).
        b: float32 array of shape ``(n,)`` (held fixed).
        x: float32 array of shape ``(n,)``, the point to evaluate the Hessian at.

    Returns:
        A float32 array of shape ``(n, n)``: entry ``[i, j]`` is d²f / dx_i dx_j.
        Compute it with ``jax.hessian``.
    """
    raise NotImplementedError("write f as a scalar function of x and pass it to jax.hessian")
