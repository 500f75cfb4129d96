"""Printing matrices, 3-D arrays and empty arrays."""

import jax.numpy as jnp

m = jnp.array([[1.0, -2.5], [100.0, 0.125]])
print(m)
print(repr(m))
print(jnp.arange(24.0).reshape(2, 3, 4))
print(repr(jnp.arange(8).reshape(2, 2, 2)))
print(jnp.zeros((0,)))
print(repr(jnp.zeros((0,))))
print(repr(jnp.zeros((2, 0))))
print(repr(jnp.zeros((0, 3), dtype=jnp.int32)))
print(jnp.ones((1, 1, 1)))
print(repr(jnp.array([[True, False], [False, True]])))
print(repr(jnp.eye(2) * 0.001))
print(jnp.array([[1e-3, 1.0], [2.0, 3.0]]))
