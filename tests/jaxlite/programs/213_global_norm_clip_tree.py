"""Global-norm gradient clipping over a pytree with tree_leaves, tree_map and ravel_pytree, incl. zero grads."""
import jax
import jax.numpy as jnp
from jax.flatten_util import ravel_pytree

grads = {"w": jnp.array([[3.0, 0.0], [0.0, 4.0]]), "b": jnp.array([12.0]), "layers": [jnp.array(0.0)]}


def global_norm(t):
    return jnp.sqrt(sum(jnp.sum(x ** 2) for x in jax.tree_util.tree_leaves(t)))


def clip(t, max_norm):
    n = global_norm(t)
    scale = jnp.minimum(1.0, max_norm / n)
    return jax.tree_util.tree_map(lambda g: g * scale, t)


print("norm:", global_norm(grads), jnp.linalg.norm(ravel_pytree(grads)[0]))
c = clip(grads, 6.5)
print("clipped:", c)
print("new norm:", global_norm(c))
print("no-op clip:", global_norm(clip(grads, 100.0)))
zero = jax.tree_util.tree_map(jnp.zeros_like, grads)
print("zero clip:", clip(zero, 1.0))


def safe_clip(t, max_norm):
    n = global_norm(t)
    scale = max_norm / jnp.maximum(n, max_norm)
    return jax.tree_util.tree_map(lambda g: g * scale, t)


print("safe zero clip:", ravel_pytree(safe_clip(zero, 1.0))[0])
print("safe clip same:", bool(jnp.allclose(ravel_pytree(safe_clip(grads, 6.5))[0], ravel_pytree(c)[0])))
print("grad of global norm:", jax.grad(global_norm)(grads)["b"])
print("jit clip:", jax.jit(clip)(grads, 6.5)["b"])
print("sum builtin start:", type(sum(jax.tree_util.tree_leaves(grads["layers"]))).__name__)
