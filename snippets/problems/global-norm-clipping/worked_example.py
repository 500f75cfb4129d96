import jax
import jax.numpy as jnp

grads = {"conv": jnp.array([[1.0, 2.0], [2.0, 0.0]]), "head": (jnp.array([4.0]), jnp.array(0.0))}

# Reduce each leaf to its sum of squares; the result is a tree of scalars.
squares = jax.tree.map(lambda g: jnp.sum(g**2), grads)
print(squares)

# Combine the per-leaf numbers into one: the global L2 norm of every element of every leaf.
norm = jnp.sqrt(sum(jax.tree.leaves(squares)))
print(norm)

# The same as flattening everything into one long vector first.
flat = jnp.concatenate([g.ravel() for g in jax.tree.leaves(grads)])
print(jnp.linalg.norm(flat))

# One factor for the whole tree keeps the direction of the full gradient.
factor = 2.0 / jnp.maximum(norm, 2.0)
clipped = jax.tree.map(lambda g: g * factor, grads)
print(clipped)
print(jnp.sqrt(sum(jnp.sum(g**2) for g in jax.tree.leaves(clipped))))
