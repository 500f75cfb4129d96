import jax
import jax.numpy as jnp


def loss(p):
    return jnp.sum(p["w"] ** 2) + p["b"]


try:
    jax.grad(loss)({"w": jnp.array([1.0, 2.0]), "b": 3})  # the bias is an int
except TypeError as err:
    print(f"TypeError: {err}")

print(jax.grad(loss)({"w": jnp.array([1.0, 2.0]), "b": 3.0}))
