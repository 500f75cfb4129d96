import jax
import jax.numpy as jnp

params = {"w": jnp.array([1.0, 2.0]), "b": jnp.float32(0.5)}
grads = {"w": jnp.array([0.5, -0.5]), "b": jnp.float32(1.0)}

# Arithmetic operators work on arrays, not on the dicts that hold them.
try:
    params - 0.1 * grads
except TypeError as err:
    print(f"TypeError: {err}")

print(jax.tree.map(lambda p, g: p - 0.1 * g, params, grads))
