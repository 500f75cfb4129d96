"""tree_map over several trees (params, grads, momentum) and is_leaf treating (w, b) tuples as leaves."""
import jax
import jax.numpy as jnp

params = {"l1": (jnp.array([1.0, 2.0]), jnp.array(0.5)), "l2": (jnp.array([[1.0], [-1.0]]), jnp.array(0.0))}
grads = jax.tree_util.tree_map(lambda p: 0.1 * jnp.ones_like(p), params)
mom = jax.tree_util.tree_map(jnp.zeros_like, params)

new_mom = jax.tree_util.tree_map(lambda m, g: 0.9 * m + g, mom, grads)
new_p = jax.tree_util.tree_map(lambda p, m, lr: p - lr * m, params, new_mom, {"l1": (1.0, 1.0), "l2": (2.0, 2.0)})
print(new_p)
pairs = jax.tree_util.tree_map(lambda t: t[0].shape, params, is_leaf=lambda n: isinstance(n, tuple))
print("is_leaf tuple:", pairs)
count = jax.tree_util.tree_map(lambda x: x.size, params)
print("sizes:", count)
print("total:", sum(jax.tree_util.tree_leaves(count)))
try:
    jax.tree_util.tree_map(lambda a, b: a + b, params, {"l1": grads["l1"]})
except Exception as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
try:
    jax.tree_util.tree_map(lambda a, b: a + b, [1.0, 2.0], (1.0, 2.0))
except Exception as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
with_none = jax.tree_util.tree_map(lambda x: x * 2, {"a": None, "b": 1.0})
print("None kept:", with_none)
print(jax.tree_util.tree_leaves({"a": None, "b": (1, 2)}))
