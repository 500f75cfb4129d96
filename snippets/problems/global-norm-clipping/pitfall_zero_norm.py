import jax
import jax.numpy as jnp

grads = {"w": jnp.zeros(3), "b": jnp.zeros(1)}  # e.g. a batch where nothing changed the loss
max_norm = 1.0
norm = jnp.sqrt(sum(jnp.sum(g**2) for g in jax.tree.leaves(grads)))

# "Unit direction times clipped length" divides 0 by 0.
print(jax.tree.map(lambda g: g / norm * jnp.minimum(norm, max_norm), grads))

# Putting the maximum in the denominator never divides by zero.
print(jax.tree.map(lambda g: g * (max_norm / jnp.maximum(norm, max_norm)), grads))
