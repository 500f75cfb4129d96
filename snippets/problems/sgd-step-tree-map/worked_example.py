import jax
import jax.numpy as jnp

# jax.tree.map applies a function to every leaf and rebuilds the same containers.
params = {"slope": jnp.array([1.0, -2.0]), "offset": jnp.float32(0.5)}
print(jax.tree.map(lambda leaf: leaf.shape, params))

# Given several trees of the same structure, the function gets one leaf from each.
deltas = {"slope": jnp.array([0.1, 0.1]), "offset": jnp.float32(-1.0)}
print(jax.tree.map(lambda p, d: p + d, params, deltas))

# A few descent steps on a small least-squares loss, all without touching a leaf by name.
inputs = jnp.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
targets = jnp.array([2.0, -1.0, 1.0])


def loss(p):
    return jnp.mean((inputs @ p["slope"] + p["offset"] - targets) ** 2)


for step in range(3):
    grads = jax.grad(loss)(params)
    params = jax.tree.map(lambda p, g: p - 0.2 * g, params, grads)
    print(step, loss(params))
