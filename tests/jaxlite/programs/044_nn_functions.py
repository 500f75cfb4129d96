"""jax.nn activations and one_hot, with gradients."""

import jax
import jax.numpy as jnp

x = jnp.array([-3.0, -1.0, 0.0, 0.5, 2.0])
print(jax.nn.relu(x))
print(jax.nn.sigmoid(x))
print(jax.nn.softplus(x))
print(jax.nn.gelu(x))
print(jax.nn.gelu(x, approximate=True))
print(jax.vmap(jax.grad(jax.nn.relu))(x))
print(jax.vmap(jax.grad(jax.nn.sigmoid))(x))
print(jax.vmap(jax.grad(jax.nn.softplus))(x))
print(jax.vmap(jax.grad(jax.nn.gelu))(x))
print(jax.nn.one_hot(jnp.array([0, 2, 1]), 3))
print(repr(jax.nn.one_hot(2, 4)))
print(jax.nn.one_hot(jnp.array([3, -1]), 3))
