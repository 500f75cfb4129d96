"""Comparisons, isclose, allclose, all, any."""

import jax.numpy as jnp

a = jnp.array([1.0, 2.0, 3.0])
b = jnp.array([1.0, 2.5, 2.0])
print(a == b, a != b)
print(a < b, a <= b, a > b, a >= b)
print(a > 2, 2.0 <= a)
print(repr(a == b))
print(jnp.isclose(a, a + 1e-7), jnp.isclose(a, b))
print(jnp.isclose(jnp.array([1.0, 100.0]), jnp.array([1.1, 100.001]), rtol=0.01))
print(jnp.allclose(a, a * (1 + 1e-6)), jnp.allclose(a, b))
print(repr(jnp.allclose(a, a)))
print(jnp.all(a > 0), jnp.any(a > 2.5), jnp.all(a > 1))
print(jnp.all(jnp.array([[True, False], [True, True]]), axis=0))
print(jnp.any(jnp.array([[True, False], [False, False]]), axis=1))
print((a > 1) & (a < 3), (a < 1.5) | (a > 2.5), ~(a > 2))
print(jnp.array([1, 2]) == jnp.array([1.0, 2.5]))
