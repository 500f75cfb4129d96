"""keepdims, and gradients flowing through reductions."""

import jax
import jax.numpy as jnp

a = jnp.arange(1.0, 7.0).reshape(2, 3)
print(jnp.sum(a, axis=1, keepdims=True))
print(jnp.mean(a, axis=0, keepdims=True).shape)
print(jnp.max(a, axis=1, keepdims=True))
print(jnp.var(a, axis=1, keepdims=True))
print(jnp.sum(a, keepdims=True))
print(a - jnp.mean(a, axis=1, keepdims=True))
print(jax.grad(lambda x: jnp.sum(x**2))(a))
print(jax.grad(lambda x: jnp.mean(x))(a))
print(jax.grad(lambda x: jnp.prod(x))(jnp.array([2.0, 3.0, 4.0])))
print(jax.grad(lambda x: jnp.max(x))(jnp.array([1.0, 5.0, 2.0])))
print(jax.grad(lambda x: jnp.max(x))(jnp.array([5.0, 5.0, 2.0])))
print(jax.grad(lambda x: jnp.min(x))(jnp.array([1.0, 5.0, 1.0, 2.0])))
print(jax.grad(lambda x: jnp.var(x))(jnp.array([1.0, 2.0, 4.0])))
print(jax.grad(lambda x: jnp.std(x))(jnp.array([1.0, 2.0, 4.0])))
print(jax.grad(lambda x: jnp.sum(jnp.max(x, axis=0)))(a))
