"""A list of (w, b) layers: tree structures, a list-vs-tuple mismatch in tree.map, and list arithmetic."""
import jax
import jax.numpy as jnp


def loss(layers, x, y):
    h = x
    for w, b in layers[:-1]:
        h = jnp.tanh(h @ w + b)
    w, b = layers[-1]
    return 0.5 * jnp.sum((h @ w + b - y) ** 2)


layers = [(jnp.array([[0.5, -0.5], [0.25, 1.0]]), jnp.zeros(2)), (jnp.array([[1.0], [-1.0]]), jnp.array([0.5]))]
x = jnp.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
y = jnp.array([[1.0], [0.0], [0.5]])
grads = jax.grad(loss)(layers, x, y)
print("grads type:", type(grads).__name__, type(grads[0]).__name__, len(grads))
print("structure:", jax.tree_util.tree_structure(grads))
print("same structure:", jax.tree_util.tree_structure(grads) == jax.tree_util.tree_structure(layers))
print("last bias grad:", grads[1][1])
rebuilt = [[gw, gb] for gw, gb in grads]
print("rebuilt structure:", jax.tree_util.tree_structure(rebuilt))
try:
    jax.tree_util.tree_map(lambda p, g: p - 0.1 * g, layers, rebuilt)
except ValueError as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
print("2 * grads length:", len(2 * grads))
try:
    0.5 * grads
except TypeError as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
new = jax.tree_util.tree_map(lambda p, g: p - 0.1 * g, layers, grads)
print("loss before/after:", loss(layers, x, y), loss(new, x, y))
one = [(jnp.eye(2), jnp.zeros(2))]
print("one linear layer grad w:\n", jax.grad(loss)(one, x, jnp.ones((3, 2)))[0][0])
try:
    jax.grad(loss)([(jnp.array([[1, 0], [0, 1]]), jnp.zeros(2))], x, jnp.ones((3, 2)))
except TypeError as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
print("leaves count:", len(jax.tree_util.tree_leaves(layers)), "num_leaves:", jax.tree_util.tree_structure(layers).num_leaves)
