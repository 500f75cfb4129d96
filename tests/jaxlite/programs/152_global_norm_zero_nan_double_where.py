"""Global norm over a nested tree: sqrt at zero gives a NaN gradient, the double-where fix, and tree reductions."""
import jax
import jax.numpy as jnp

grads = {"conv": [jnp.array([3.0, 0.0]), jnp.array(4.0)], "head": (jnp.zeros((2, 2)),)}
leaves = jax.tree_util.tree_leaves(grads)
print("num leaves:", len(leaves), [l.shape for l in leaves])
sq = jax.tree_util.tree_reduce(lambda acc, g: acc + jnp.sum(g ** 2), grads, 0.0)
print("sum of squares:", sq, type(sq).__name__)
print("norm:", jnp.sqrt(sq))
print("via concatenate:", jnp.linalg.norm(jnp.concatenate([jnp.ravel(l) for l in leaves])))


def global_norm(tree):
    return jnp.sqrt(sum(jnp.sum(l ** 2) for l in jax.tree_util.tree_leaves(tree)))


zeros = jax.tree_util.tree_map(jnp.zeros_like, grads)
print("norm of zeros:", global_norm(zeros))
g0 = jax.grad(global_norm)(zeros)
print("grad at zeros:", g0["conv"][0], g0["conv"][1], g0["head"][0][0])
print("grad of norm at 0:", jax.grad(jnp.linalg.norm)(jnp.zeros(3)))


def safe_norm(tree):
    s = sum(jnp.sum(l ** 2) for l in jax.tree_util.tree_leaves(tree))
    ok = s > 0
    return jnp.where(ok, jnp.sqrt(jnp.where(ok, s, 1.0)), 0.0)


gs = jax.grad(safe_norm)(zeros)
print("safe grad at zeros:", gs["conv"][0], gs["head"][0].sum())
print("safe grad elsewhere:", jax.grad(safe_norm)(grads)["conv"])
print("single where still nan:", jax.grad(lambda s: jnp.where(s > 0, jnp.sqrt(s), 0.0))(0.0))
print("sum start value:", repr(sum([jnp.array(1.0)], 0.0)))
