import jax
import jax.numpy as jnp


def rosenbrock(p):
    """A classic test function of two variables, with a curved valley."""
    x, y = p
    return (1.0 - x) ** 2 + 100.0 * (y - x**2) ** 2


def numerical_gradient(f, p, eps):
    """Central differences, one coordinate at a time: two evaluations per entry."""
    entries = []
    for i in range(p.shape[0]):
        step = jnp.zeros_like(p).at[i].set(eps)
        entries.append((f(p + step) - f(p - step)) / (2 * eps))
    return jnp.array(entries)


p = jnp.array([0.5, 0.5])
print("jax.grad:            ", jax.grad(rosenbrock)(p))
print("central, eps = 1e-3: ", numerical_gradient(rosenbrock, p, 1e-3))

# The largest disagreement, for a sweep of step sizes.
exact = jax.grad(rosenbrock)(p)
for eps in [1e-1, 1e-2, 1e-3, 1e-4, 1e-5, 1e-6, 1e-7, 1e-8]:
    error = jnp.max(jnp.abs(numerical_gradient(rosenbrock, p, eps) - exact))
    print(f"eps = {eps:.0e}   max |difference| = {error:.2e}")
