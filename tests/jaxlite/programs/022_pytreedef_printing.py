"""How PyTreeDef objects print for various containers."""

import collections

import jax

Point = collections.namedtuple("Point", ["x", "y"])
examples = [
    1.0,
    None,
    (),
    [],
    {},
    (1, None),
    [1, [2, 3]],
    {"b": 1, "a": [2, 3]},
    {"k": None},
    Point(1, 2),
    [Point(x=1.0, y=(2.0, 3.0)), {"z": None}],
]
for ex in examples:
    print(jax.tree_util.tree_structure(ex))
td = jax.tree_util.tree_structure({"a": 1, "b": (2, 3)})
print(td.num_leaves, td.num_nodes)
print(repr(td))
print(td == jax.tree_util.tree_structure({"a": 5, "b": (6, 7)}))
print(td == jax.tree_util.tree_structure({"a": 5, "b": [6, 7]}))
