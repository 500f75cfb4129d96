import jax
import jax.numpy as jnp

# The layer is written weights first, bias second...
layer = {"w": jnp.array([[1.0, 2.0], [3.0, 4.0]]), "b": jnp.array([0.5, -0.5])}
x = jnp.array([[1.0, 1.0]])


def loss(p):
    return jnp.sum(jnp.tanh(x @ p["w"] + p["b"]))


grads = jax.grad(loss)(layer)
print(list(layer), "->", list(grads))  # ...but the gradient dict comes back in sorted order

# Unpacking by position quietly swaps the two:
grad_w, grad_b = grads.values()
print("grad_w shape", grad_w.shape, "grad_b shape", grad_b.shape)

# Index by key instead:
print("grad_w shape", grads["w"].shape, "grad_b shape", grads["b"].shape)
