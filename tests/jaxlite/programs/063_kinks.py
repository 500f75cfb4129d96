"""Derivative conventions at kinks and at sqrt(0)."""

import jax
import jax.numpy as jnp

print(jax.grad(jnp.abs)(0.0), jax.grad(jnp.abs)(-0.0))
print(jax.grad(lambda x: jnp.maximum(x, 0.0))(0.0))
print(jax.grad(lambda x: jnp.minimum(x, 0.0))(0.0))
print(jax.grad(jax.nn.relu)(0.0))
print(jax.grad(jnp.sqrt)(0.0))
print(jax.grad(lambda x: jnp.sqrt(x**2))(0.0))
print(
    jax.grad(lambda x: jnp.clip(x, 0.0, 1.0))(0.0), jax.grad(lambda x: jnp.clip(x, 0.0, 1.0))(1.0)
)
print(jax.grad(jnp.sign)(0.0))
print(jax.grad(lambda x: jnp.max(jnp.stack([x, x, 0.0 * x])))(2.0))
print(jax.grad(lambda x: x**0.5)(0.0))
print(jax.grad(lambda x: jnp.power(x, 2.0))(0.0))
print(jax.grad(lambda x: jnp.linalg.norm(x))(jnp.zeros(2)))
