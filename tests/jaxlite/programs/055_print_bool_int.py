"""Printing boolean and integer arrays of various widths."""

import jax.numpy as jnp

print(jnp.array([True, False, True]))
print(repr(jnp.array([True, False, True])))
print(jnp.array([[True], [False]]))
print(jnp.arange(10))
print(repr(jnp.arange(-5, 15, 4)))
print(jnp.array([[1, 200], [-3000, 4]]))
print(repr(jnp.array([[1, 200], [-3000, 4]])))
print(jnp.array(2147483647), jnp.array(-7))
print(repr(jnp.array([0], dtype=jnp.int32)))
print(jnp.arange(30).reshape(2, 15))
