"""Reductions over all elements and along axes."""

import jax.numpy as jnp

a = jnp.array([[3.0, -1.0, 4.0], [1.0, 5.0, -9.0]])
print(jnp.sum(a), jnp.mean(a), jnp.prod(a))
print(jnp.max(a), jnp.min(a), jnp.argmax(a), jnp.argmin(a))
print(jnp.sum(a, axis=0), jnp.sum(a, axis=1), jnp.sum(a, axis=-1))
print(jnp.mean(a, axis=0))
print(jnp.max(a, axis=1), jnp.min(a, axis=0))
print(jnp.argmax(a, axis=1), jnp.argmin(a, axis=0))
print(jnp.var(a), jnp.std(a))
print(jnp.var(a, axis=0), jnp.std(a, axis=1))
print(jnp.prod(a, axis=0))
print(a.sum(), a.mean(axis=0), a.max(), a.argmax())
print(jnp.sum(a, axis=(0, 1)))
print(repr(jnp.sum(jnp.array([1, 2, 3]))))
print(repr(jnp.mean(jnp.array([1, 2]))))
print(repr(jnp.argmax(jnp.array([1.0, 7.0, 7.0]))))
print(jnp.sum(jnp.zeros((0,))), jnp.prod(jnp.zeros((0,))))
