"""SGD step via tree.map over NamedTuples and None entries, mismatched keys, and flatten/unflatten by hand."""
from typing import NamedTuple

import jax
import jax.numpy as jnp


class Layer(NamedTuple):
    w: jax.Array
    b: jax.Array


def sgd_step(params, grads, lr):
    return jax.tree_util.tree_map(lambda p, g: p - lr * g, params, grads)


params = {"enc": [Layer(jnp.ones((2, 2)), jnp.zeros(2))], "scale": jnp.array(2.0), "frozen": None}
grads = {"enc": [Layer(jnp.full((2, 2), 0.5), jnp.array([1.0, -1.0]))], "scale": jnp.array(1.0), "frozen": None}
new = sgd_step(params, grads, 0.1)
print("new enc[0]:", new["enc"][0])
print("type kept:", type(new["enc"][0]).__name__, "frozen:", new["frozen"])
print("structure:", jax.tree_util.tree_structure(new))
print("lr=0 keeps values:", bool(jnp.array_equal(sgd_step(params, grads, 0.0)["scale"], params["scale"])))
bad = dict(grads)
bad["scales"] = bad.pop("scale")
try:
    sgd_step(params, bad, 0.1)
except ValueError as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
try:
    params - 0.1 * grads
except TypeError as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
leaves, treedef = jax.tree_util.tree_flatten(params)
gleaves = jax.tree_util.tree_leaves(grads)
print("num leaves:", len(leaves), "treedef:", treedef)
stepped = [p - 0.1 * g for p, g in zip(leaves, gleaves)]
rebuilt = jax.tree_util.tree_unflatten(treedef, stepped)
print("rebuilt equals tree_map:", all(bool(jnp.array_equal(a, b)) for a, b in zip(jax.tree_util.tree_leaves(rebuilt), jax.tree_util.tree_leaves(new))))
print("is_leaf on Layer:", jax.tree_util.tree_map(lambda l: type(l).__name__, params["enc"], is_leaf=lambda n: isinstance(n, Layer)))
none_leaf = jax.tree_util.tree_leaves([1.0, None, (2.0,)], is_leaf=lambda n: n is None)
print("None as leaf:", none_leaf)
print("tuple vs list grads:", jax.tree_util.tree_structure((1.0, 2.0)) == jax.tree_util.tree_structure([1.0, 2.0]))
print("python float leaves:", sgd_step({"a": 1.0}, {"a": 0.5}, 0.1))
g = jax.grad(lambda p: jnp.sum(p["enc"][0].w) + p["scale"] ** 2)(params)
print("grad with None leaf:", g["frozen"], g["enc"][0].b, g["scale"])
