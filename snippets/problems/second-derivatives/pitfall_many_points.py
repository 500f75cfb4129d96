import jax
import jax.numpy as jnp


def f(x):
    return x**3 * jnp.sin(x)


second = jax.grad(jax.grad(f))
points = jnp.array([0.5, 1.0, 2.0])

try:
    second(points)  # f of three points is three numbers, not one
except TypeError as err:
    print(f"TypeError: {err}")

# One point at a time, or let jax.vmap do the loop.
print(jnp.array([second(p) for p in points]))
print(jax.vmap(second)(points))
