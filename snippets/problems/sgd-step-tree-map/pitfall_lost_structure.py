import jax
import jax.numpy as jnp

params = {"w": jnp.array([1.0, 2.0]), "b": jnp.float32(0.5)}
grads = {"w": jnp.array([0.5, -0.5]), "b": jnp.float32(1.0)}

# Zipping the leaves does the arithmetic right but returns a bare list: the keys are gone.
pairs = zip(jax.tree.leaves(params), jax.tree.leaves(grads), strict=True)
leaves = [p - 0.1 * g for p, g in pairs]
print(type(leaves).__name__, leaves)

# jax.tree.map keeps the containers (or rebuild them with jax.tree.unflatten).
print(jax.tree.map(lambda p, g: p - 0.1 * g, params, grads))
print(jax.tree.unflatten(jax.tree.structure(params), leaves))
