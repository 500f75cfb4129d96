"""Global-norm clipping of a nested dict/list/tuple gradient using tree_util.tree_reduce and tree_map, including an all-zero tree."""
import functools
import operator

import jax
import jax.numpy as jnp
from jax import tree_util


def clip_by_global_norm(grads, max_norm):
    squares = tree_util.tree_map(lambda g: jnp.sum(jnp.square(g)), grads)
    total = tree_util.tree_reduce(operator.add, squares, jnp.float32(0.0))
    norm = jnp.sqrt(total)
    factor = max_norm / jnp.maximum(norm, max_norm)
    return tree_util.tree_map(lambda g: g * factor, grads), norm


grads = {
    "dense": [(jnp.array([[3.0, 0.0], [0.0, 4.0]]), jnp.array([0.0, 12.0]))],
    "scale": jnp.array(0.0),
    "extra": (jnp.arange(3.0),),
}
print("leaves:", len(tree_util.tree_leaves(grads)))
print("structure:", tree_util.tree_structure(grads))

clipped, norm = clip_by_global_norm(grads, 6.5)
print("norm before:", norm, norm.dtype, norm.shape)
flat = jnp.concatenate([jnp.ravel(g) for g in tree_util.tree_leaves(grads)])
print("matches norm of all entries:", bool(jnp.isclose(norm, jnp.linalg.norm(flat))))
_, norm_after = clip_by_global_norm(clipped, 6.5)
print("norm after:", jnp.round(norm_after, 4))
print("clipped dense kernel:\n", clipped["dense"][0][0])
print("clipped extra:", clipped["extra"])
print("same structure:", tree_util.tree_structure(clipped) == tree_util.tree_structure(grads))

untouched, n2 = clip_by_global_norm(grads, 100.0)
print("below threshold unchanged:", all(tree_util.tree_leaves(tree_util.tree_map(lambda a, b: bool(jnp.all(a == b)), untouched, grads))))

zeros = tree_util.tree_map(jnp.zeros_like, grads)
zc, zn = clip_by_global_norm(zeros, 1.0)
print("zero norm:", zn, "any nan:", any(bool(jnp.any(jnp.isnan(l))) for l in tree_util.tree_leaves(zc)))

jit_clip = jax.jit(clip_by_global_norm, static_argnums=1)
jc, jn = jit_clip(grads, 6.5)
print("jit norm:", jn)
print("leaf norms after clipping:",
      [round(float(jnp.linalg.norm(l)), 3) for l in tree_util.tree_leaves(jc)])
print("sum of leaf norms (wrong):", round(functools.reduce(operator.add, [float(jnp.linalg.norm(l)) for l in tree_util.tree_leaves(grads)]), 3))
