import jax
import jax.numpy as jnp

grads = [(jnp.array([1.0, 2.0]), jnp.float32(0.5))]

# On a list, * with an int repeats the list: no error, twice as many "layers".
doubled = 2 * grads
print(len(grads), "->", len(doubled))

# With a float it is an error from Python, not from JAX.
try:
    0.5 * grads
except TypeError as err:
    print(f"TypeError: {err}")

# Scaling the leaves keeps one tuple per layer.
print(jax.tree.map(lambda g: 2 * g, grads))
