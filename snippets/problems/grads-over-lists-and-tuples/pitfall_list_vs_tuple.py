import jax
import jax.numpy as jnp

layers = [(jnp.array([[1.0, 2.0]]), jnp.array([0.0, 0.0]))]
# Gradients rebuilt by hand with square brackets: a list inside a list, not a tuple.
grads = [[jnp.array([[0.5, 0.5]]), jnp.array([1.0, -1.0])]]

print(jax.tree.structure(layers) == jax.tree.structure(grads))
try:
    jax.tree.map(lambda p, g: p - 0.1 * g, layers, grads)
except ValueError as err:
    print(f"ValueError: {err}")
