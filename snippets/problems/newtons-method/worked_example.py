import jax
import jax.numpy as jnp


def f(p):  # smooth and convex, but not a quadratic
    return jnp.cosh(p[0] - 1.0) + jnp.cosh(p[1] + 0.5) + 0.5 * p[0] * p[1]


grad_f, hess_f = jax.grad(f), jax.hessian(f)

# Newton: fit a quadratic at the current point and jump to its minimum.
p = jnp.array([3.0, -2.0])
for step in range(5):
    p = p - jnp.linalg.solve(hess_f(p), grad_f(p))
    print(step, p, jnp.linalg.norm(grad_f(p)))  # the gradient norm collapses near the end

# Gradient descent from the same start, with a step size it tolerates, is far slower.
q = jnp.array([3.0, -2.0])
for _ in range(5):
    q = q - 0.2 * grad_f(q)
print(q, jnp.linalg.norm(grad_f(q)))

# On an exact quadratic the fitted model is the function itself: one step is enough.
m = jnp.array([[3.0, 1.0], [1.0, 2.0]])
c = jnp.array([1.0, -1.0])


def bowl(p):
    return 0.5 * p @ m @ p - c @ p


start = jnp.array([10.0, 10.0])
print(start - jnp.linalg.solve(jax.hessian(bowl)(start), jax.grad(bowl)(start)))
print(jnp.linalg.solve(m, c))  # where the gradient m @ p - c is zero
