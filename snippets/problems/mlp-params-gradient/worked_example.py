import jax
import jax.numpy as jnp

# A small model whose parameters live in a nested dict: one entry per layer.
params = {
    "hidden": {"kernel": jnp.array([[1.0, -1.0, 0.5]]), "bias": jnp.zeros(3)},
    "readout": {"kernel": jnp.array([[1.0], [2.0], [-1.0]]), "bias": jnp.array([0.1])},
}
inputs = jnp.array([[0.5], [-1.0]])
targets = jnp.array([[1.0], [0.0]])


def loss(p):
    h = jax.nn.relu(inputs @ p["hidden"]["kernel"] + p["hidden"]["bias"])
    out = h @ p["readout"]["kernel"] + p["readout"]["bias"]
    return jnp.sum((out - targets) ** 2)


grads = jax.grad(loss)(params)

# Same nesting, same shapes: one gradient per parameter.
print(jax.tree.map(jnp.shape, grads))
print(jax.tree.structure(grads) == jax.tree.structure(params))
print(grads["readout"]["bias"])
