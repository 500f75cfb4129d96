import jax
import jax.numpy as jnp


def f(x):
    return x**3 * jnp.sin(x)


try:
    jax.grad(jax.grad(f)(2.0))  # the inner call already evaluated f' at 2: a number
except TypeError as err:
    print(f"TypeError: {err}")

# Nest the functions first, then call the result once.
print(jax.grad(jax.grad(f))(2.0))
