"""The jax.tree module: map, leaves, flatten, unflatten, structure, reduce."""

import jax
import jax.numpy as jnp

params = {"layer1": {"w": jnp.ones((2, 2)), "b": jnp.zeros(2)}, "scale": 3.0}
print(jax.tree.map(jnp.shape, params))
print(jax.tree.leaves(params))
leaves, treedef = jax.tree.flatten(params)
print(len(leaves), treedef)
print(jax.tree.unflatten(treedef, [1, 2, 3]))
print(jax.tree.structure(params))
print(jax.tree.reduce(lambda acc, leaf: acc + jnp.sum(leaf), params, 0.0))
print(jax.tree.reduce(max, [3, [7, 1], (4,)]))
sgd = jax.tree.map(lambda p, g: p - 0.1 * g, {"a": 1.0, "b": 2.0}, {"a": 0.5, "b": -1.0})
print(sgd)
