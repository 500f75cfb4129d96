import jax
import jax.numpy as jnp

params = {"w": jnp.array([1.0, 2.0]), "b": jnp.float32(0.5)}
# The gradients were built by hand under a different key name.
grads = {"w": jnp.array([0.5, -0.5]), "bias": jnp.array(1.0)}

try:
    jax.tree.map(lambda p, g: p - 0.1 * g, params, grads)
except ValueError as err:
    print(f"ValueError: {err}")
