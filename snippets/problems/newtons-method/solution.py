import jax
import jax.numpy as jnp


def newton_minimize(a, b, x0, steps):
    """``steps`` Newton steps from ``x0`` on ``½ xᵀAx - bᵀx + Σ log(1 + exp(x))``."""

    def f(x):
        return 0.5 * x @ a @ x - b @ x + jnp.sum(jax.nn.softplus(x))

    grad, hess = jax.grad(f), jax.hessian(f)
    x = x0
    for _ in range(steps):
        x = x - jnp.linalg.solve(hess(x), grad(x))
    return x
