import jax
import jax.numpy as jnp


def f(x):
    return x**3 * jnp.sin(x)


second = jax.grad(jax.grad(f))

try:
    second(2)  # a Python int becomes an int32 array, and ints have no derivative
except TypeError as err:
    print(f"TypeError: {err}")

print(second(2.0))
