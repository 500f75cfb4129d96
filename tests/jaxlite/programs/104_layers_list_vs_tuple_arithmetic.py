"""Pytree mistakes on a list of (w, b) layers: rebuilding grads with lists, list arithmetic, an int32 weight, and a fix with tree_util."""
import jax
import jax.numpy as jnp
from jax import tree_util


def loss(layers, x):
    h = x
    for w, b in layers:
        h = jnp.tanh(h @ w + b)
    return jnp.sum(h ** 2)


layers = [(jnp.array([[0.5, -0.5], [1.0, 0.25]]), jnp.array([0.0, 0.1])),
          (jnp.array([[1.0], [-1.0]]), jnp.array([0.2]))]
x = jnp.array([[1.0, 2.0], [-1.0, 0.5]])
grads = jax.grad(loss)(layers, x)

as_lists = [[gw, gb] for gw, gb in grads]
try:
    jax.tree.map(lambda p, g: p - 0.1 * g, layers, as_lists)
except Exception as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])

doubled = 2 * grads
print("2 * grads has length", len(doubled), "instead of", len(grads))
try:
    0.5 * grads
except Exception as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])

bad = [(jnp.array([[1, 0], [0, 1]]), jnp.array([0.0, 0.0])), layers[1]]
try:
    jax.grad(loss)(bad, x)
except Exception as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])

halved = tree_util.tree_map(lambda g: 0.5 * g, grads)
print("halved structure:", tree_util.tree_structure(halved))
print("halved first bias:", halved[0][1])
print("leaf count:", len(tree_util.tree_leaves(grads)))
fixed = tree_util.tree_map(lambda p, g: p - 0.1 * g, layers,
                           [tuple(pair) for pair in as_lists])
print("fixed update ok:", [a.shape for a in tree_util.tree_leaves(fixed)])
print("grads printed:", grads[1])
