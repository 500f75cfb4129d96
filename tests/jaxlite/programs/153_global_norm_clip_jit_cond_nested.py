"""clip_by_global_norm written with lax.cond under jit, over dicts, lists, tuples and scalar leaves."""
import jax
import jax.numpy as jnp
from jax import lax


def clip_by_global_norm(grads, max_norm):
    leaves = jax.tree.leaves(grads)
    norm = jnp.sqrt(sum(jnp.vdot(l, l) for l in leaves))
    scale = lax.cond(norm > max_norm, lambda n: max_norm / n, lambda n: jnp.ones_like(n), norm)
    return jax.tree.map(lambda g: g * scale, grads), norm


tree = {"a": [jnp.array([6.0, 8.0]), (jnp.array(0.0), jnp.array([[0.0]]))], "b": jnp.array(0.0)}
clipped, norm = jax.jit(clip_by_global_norm)(tree, 5.0)
print("norm:", norm, norm.dtype, norm.shape)
print("clipped a[0]:", clipped["a"][0])
print("structure:", jax.tree.structure(clipped))
print("types kept:", type(clipped["a"]).__name__, type(clipped["a"][1]).__name__)
c2, n2 = clip_by_global_norm(tree, 100.0)
print("no clip:", c2["a"][0], n2)
zero = jax.tree.map(jnp.zeros_like, tree)
cz, nz = jax.jit(clip_by_global_norm)(zero, 1.0)
print("zero tree:", nz, cz["a"][0], "nan?", any(bool(jnp.any(jnp.isnan(l))) for l in jax.tree.leaves(cz)))
print("vdot of 2x1:", jnp.vdot(jnp.array([[1.0], [2.0]]), jnp.array([[1.0], [2.0]])))


# the python if version under jit
def clip_if(grads, max_norm):
    norm = jnp.sqrt(sum(jnp.sum(l ** 2) for l in jax.tree.leaves(grads)))
    if norm > max_norm:
        grads = jax.tree.map(lambda g: g * max_norm / norm, grads)
    return grads, norm


print("eager python if ok:", clip_if(tree, 5.0)[0]["a"][0])
try:
    jax.jit(clip_if)(tree, 5.0)
except Exception as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
# branches returning different dtypes
try:
    lax.cond(True, lambda: jnp.float32(1.0), lambda: jnp.int32(1))
except Exception as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
print("cond with python bool:", lax.cond(False, lambda x: x + 1, lambda x: x - 1, 10))
