import jax
import jax.numpy as jnp

features = jnp.array([[1.0, 2.0], [-1.0, 0.5]])
labels = jnp.array([1.0, 0.0])


def loss(weights, bias):
    logits = features @ weights + bias
    return jnp.sum(jax.nn.softplus(logits) - labels * logits)


weights = jnp.zeros(2)
bias = 0  # a Python int: JAX sees an int32, and cannot differentiate with respect to it

try:
    jax.grad(loss, argnums=(0, 1))(weights, bias)
except TypeError as err:
    print(f"TypeError: {err}")

bias = jnp.array(0.0)  # a float32 scalar
grad_w, grad_b = jax.grad(loss, argnums=(0, 1))(weights, bias)
print(grad_w, grad_b)
