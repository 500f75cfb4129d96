"""jax.tree_util: tree_map, tree_leaves, tree_flatten, tree_unflatten, tree_structure."""

import jax.numpy as jnp
from jax import tree_util

tree = {"b": [1.0, 2.0], "a": (3.0, None, {"c": jnp.array([4.0, 5.0])})}
leaves, treedef = tree_util.tree_flatten(tree)
print(leaves)
print(treedef)
print(treedef.num_leaves)
rebuilt = tree_util.tree_unflatten(treedef, [x * 10 for x in leaves])
print(rebuilt)
print(tree_util.tree_map(lambda x: x * 2, tree))
print(tree_util.tree_leaves([None, 1, [2, (3,)]]))
print(tree_util.tree_structure([None, 1, [2, (3,)]]))
print(tree_util.tree_map(lambda a, b: a + b, {"x": 1, "y": 2}, {"x": 10, "y": 20}))
print(tree_util.tree_structure(jnp.ones(3)))
print(tree_util.tree_leaves(None), tree_util.tree_structure(None))
