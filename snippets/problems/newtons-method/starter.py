import jax
import jax.numpy as jnp


def newton_minimize(a, b, x0, steps):
    """Minimise f(x) = ½ xᵀ A x - bᵀ x + Σᵢ log(1 + exp(xᵢ)) with Newton's method.

    Args:
        a: float32 array of shape ``(n, n)``, symmetric positive definite (held fixed).
        b: float32 array of shape ``(n,)`` (held fixed).
        x0: float32 array of shape ``(n,)``, the starting point.
        steps: a Python int, at least 0: how many Newton steps to take.

    Returns:
        A float32 array of shape ``(n,)``: the point after ``steps`` updates
        ``x ← x - H(x)⁻¹ ∇f(x)``, with the gradient from ``jax.grad``, the Hessian from
        ``jax.hessian`` and the step from ``jnp.linalg.solve``.
    """
    raise NotImplementedError("write f as a scalar function of x, then loop over the steps")
