import jax
import jax.numpy as jnp


def bumpy_bowl(x):
    return jnp.sum(jnp.sin(x)) + 0.5 * jnp.sum(x) ** 2


x = jnp.array([1, -2, 0])  # integers: an int32 array

try:
    jax.grad(bumpy_bowl)(x)  # the autodiff side of the comparison refuses integers
except TypeError as err:
    print(f"TypeError: {err}")

# Compare at the same point written as floats: 1.0, -2.0, 0.0, or x.astype(jnp.float32).
print(jax.grad(bumpy_bowl)(x.astype(jnp.float32)))
