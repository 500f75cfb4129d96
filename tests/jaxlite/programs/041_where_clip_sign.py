"""where, clip, sign, maximum, minimum and abs, with gradients."""

import jax
import jax.numpy as jnp

x = jnp.array([-2.0, -0.5, 0.0, 0.5, 3.0])
print(jnp.where(x > 0, x, 0.0))
print(jnp.where(x > 0, 1, -1))
print(jnp.where(jnp.array([True, False]), jnp.array([1.0, 2.0]), jnp.array([10.0, 20.0])))
print(jnp.clip(x, -1.0, 1.0))
print(jnp.clip(x, min=0.0))
print(jnp.clip(x, max=0.25))
print(jnp.sign(x), jnp.abs(x))
print(jnp.maximum(x, 0.0), jnp.minimum(x, jnp.array(1.0)))
print(jnp.maximum(jnp.array([1, 5]), jnp.array([3, 2])))
print(jax.grad(lambda v: jnp.sum(jnp.where(v > 0, v**2, -v)))(x))
print(jax.grad(lambda v: jnp.sum(jnp.clip(v, -1.0, 1.0)))(x))
print(jax.grad(lambda v: jnp.sum(jnp.maximum(v, 0.5 * v)))(x))
print(jax.grad(lambda v: jnp.sum(jnp.minimum(v, 1.0)))(x))
print(jax.vmap(jax.grad(jnp.sign))(x))
