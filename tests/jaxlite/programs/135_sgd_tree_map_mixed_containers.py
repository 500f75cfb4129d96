"""SGD step over a pytree mixing dicts, lists and tuples, via jax.tree.map and tree_util.tree_map."""
import jax
import jax.numpy as jnp
from jax import tree_util


def sgd_step(params, grads, learning_rate):
    return jax.tree.map(lambda p, g: p - learning_rate * g, params, grads)


def sgd_step_flat(params, grads, learning_rate):
    leaves, treedef = tree_util.tree_flatten(params)
    g_leaves = treedef.flatten_up_to(grads)
    return tree_util.tree_unflatten(treedef, [p - learning_rate * g for p, g in zip(leaves, g_leaves)])


params = {
    "encoder": [jnp.array([[1.0, 2.0], [3.0, 4.0]]), jnp.array([0.5, -0.5])],
    "scale": jnp.array(2.0),
    "head": (jnp.array([1.0, 0.0, -1.0]), {"bias": jnp.array(0.25)}),
}
grads = jax.tree.map(lambda p: jnp.ones_like(p) * 0.5, params)
print("grads structure:", tree_util.tree_structure(grads))

new = sgd_step(params, grads, 0.1)
print("new params:")
for path, leaf in tree_util.tree_flatten_with_path(new)[0]:
    print(" ", tree_util.keystr(path), leaf.shape, leaf)
print("containers kept:", type(new["encoder"]).__name__, type(new["head"]).__name__)

new_flat = sgd_step_flat(params, grads, 0.1)
print("flat version agrees:", all(bool(jnp.array_equal(a, b)) for a, b in zip(jax.tree.leaves(new), jax.tree.leaves(new_flat))))

zero = sgd_step(params, grads, 0.0)
print("lr=0 identical:", tree_util.tree_all(jax.tree.map(lambda a, b: bool(jnp.array_equal(a, b)), zero, params)))

# tree_util.tree_map with the old spelling works the same
also = tree_util.tree_map(lambda p, g: p - 0.1 * g, params, grads)
print("tree_util.tree_map agrees:", tree_util.tree_all(jax.tree.map(lambda a, b: bool(jnp.allclose(a, b)), also, new)))
print("scalar leaf dtype:", new["scale"].dtype, "shape:", new["scale"].shape)

# a real gradient tree from jax.grad plugs straight in
def loss(p):
    h = p["encoder"][0] @ p["encoder"][1] * p["scale"]
    return jnp.sum(h ** 2) + jnp.sum(p["head"][0]) * p["head"][1]["bias"]

real = jax.grad(loss)(params)
stepped = jax.jit(sgd_step, static_argnums=2)(params, real, 0.001)
print("loss before/after:", loss(params), loss(stepped))
