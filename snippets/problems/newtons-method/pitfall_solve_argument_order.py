import jax
import jax.numpy as jnp


def f(x):
    return 0.5 * x @ x + jnp.sum(jnp.exp(x))


x = jnp.array([1.0, -1.0])
g, h = jax.grad(f)(x), jax.hessian(f)(x)

# solve(m, v) returns d with m @ d = v: the matrix comes first.
try:
    jnp.linalg.solve(g, h)
except ValueError as err:
    print(f"ValueError: {err}")

step = jnp.linalg.solve(h, g)
print(step, h @ step, g)
