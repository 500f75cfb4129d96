import jax
import jax.numpy as jnp


def loss(w):
    return jnp.sum((w * jnp.array([1.0, 2.0]) + 1.0) ** 2)


try:
    jax.grad(loss(0.5))  # loss(0.5) is already a number
except TypeError as err:
    print(f"TypeError: {err}")

print(jax.grad(loss)(0.5))  # pass the function, then call the result
