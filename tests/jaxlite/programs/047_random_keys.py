"""Typed keys from jax.random.key and raw keys from PRNGKey, and how they print."""

import jax

key = jax.random.key(0)
print(key)
print(repr(key))
print(key.shape, key.dtype)
raw = jax.random.PRNGKey(42)
print(raw)
print(repr(raw), raw.dtype, raw.shape)
print(jax.random.key_data(jax.random.key(7)))
print(jax.random.PRNGKey(-1))
print(jax.random.PRNGKey(2**40 + 5))
print(jax.random.key(123456789))
