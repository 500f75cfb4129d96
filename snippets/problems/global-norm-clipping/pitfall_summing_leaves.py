import jax
import jax.numpy as jnp

grads = {"w": jnp.array([[1.0, -2.0, 2.0], [0.0, 3.0, -1.0]]), "b": jnp.array([-1.0, 1.0, 0.5])}
leaves = jax.tree.leaves(grads)

# sum() over the leaves adds the arrays themselves: b broadcasts onto each row of w.
print("norm of the summed leaves:", jnp.linalg.norm(sum(leaves)))

# Adding the per-leaf norms is not the global norm either (it over-counts).
print("sum of per-leaf norms:    ", sum(jnp.linalg.norm(g) for g in leaves))

# Sum the squares over every leaf, then take one square root.
print("global norm:              ", jnp.sqrt(sum(jnp.sum(g**2) for g in leaves)))
