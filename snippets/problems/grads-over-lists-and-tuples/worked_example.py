import jax
import jax.numpy as jnp

# A network as a list of layers, each layer a (kernel, bias) tuple.
net = [
    (jnp.array([[1.0, -1.0]]), jnp.array([0.0, 0.5])),
    (jnp.array([[2.0], [1.0]]), jnp.array([-0.5])),
]
inputs = jnp.array([[0.5], [1.0], [-1.0]])


def loss(net):
    h = inputs
    for kernel, bias in net:  # the loop over the list is ordinary Python
        h = jax.nn.softplus(h @ kernel + bias)
    return jnp.mean(h)


grads = jax.grad(loss)(net)

# The same list of tuples comes back: one (kernel, bias) pair per layer.
print(jax.tree.structure(net))
print(jax.tree.structure(grads))
for i, (g_kernel, g_bias) in enumerate(grads):
    print(i, g_kernel.shape, g_bias.shape, g_bias)
