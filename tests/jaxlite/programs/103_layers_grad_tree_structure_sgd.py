"""Gradient of a tanh MLP kept as a list of (w, b) tuples: tree structure, leaf shapes, an SGD step with jax.tree.map, and a 1-layer case."""
import jax
import jax.numpy as jnp


def forward(layers, x):
    h = x
    for w, b in layers[:-1]:
        h = jnp.tanh(h @ w + b)
    w, b = layers[-1]
    return h @ w + b


def loss(layers, x, y):
    return 0.5 * jnp.sum((forward(layers, x) - y) ** 2)


layers = [
    (0.5 * jnp.sin(jnp.arange(12.0)).reshape(3, 4), jnp.zeros(4)),
    (0.5 * jnp.cos(jnp.arange(8.0)).reshape(4, 2), jnp.full((2,), 0.1)),
]
x = jnp.array([[1.0, 0.0, -1.0], [0.5, 2.0, 0.0], [-1.0, 1.0, 1.0], [0.0, 0.0, 0.5]])
y = jnp.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0], [0.0, 0.0]])

grads = jax.grad(loss)(layers, x, y)
print("outer type:", type(grads).__name__, "inner:", [type(t).__name__ for t in grads])
print("structure:", jax.tree_util.tree_structure(grads))
print("shapes:", jax.tree.map(lambda a: a.shape, grads))
print("structures equal:", jax.tree_util.tree_structure(grads) == jax.tree_util.tree_structure(layers))
print("last bias grad == column sums of residual:",
      bool(jnp.allclose(grads[-1][1], jnp.sum(forward(layers, x) - y, axis=0), atol=1e-5)))

lr = 0.05
losses = []
for _ in range(30):
    value, g = jax.value_and_grad(loss)(layers, x, y)
    losses.append(value)
    layers = jax.tree.map(lambda p, d: p - lr * d, layers, g)
print("still a list of tuples:", type(layers).__name__, type(layers[0]).__name__)
print("first and last loss:", round(float(losses[0]), 4), round(float(losses[-1]), 4))
print("loss falls:", bool(losses[-1] < losses[0]), "monotone:", bool(jnp.all(jnp.diff(jnp.stack(losses)) < 0)))

single = [(jnp.array([[1.0], [2.0], [0.0]]), jnp.array([0.5]))]
gs = jax.grad(loss)(single, x, y[:, :1])
resid = x @ single[0][0] + single[0][1] - y[:, :1]
print("linear layer grads:", gs[0][0].ravel(), gs[0][1])
print("closed form:", (x.T @ resid).ravel(), jnp.sum(resid, axis=0))
