"""64-bit dtypes with x64 off: JAX makes 32-bit values and warns (the warnings go to stderr)."""

import warnings

import jax
import jax.numpy as jnp

warnings.simplefilter("ignore")
print(jnp.float64, jnp.int64, jnp.uint64, jnp.float64 == jnp.float32)
print(repr(jnp.zeros(2, dtype=jnp.float64)), repr(jnp.array([1, 2], dtype=jnp.int64)))
print(repr(jnp.ones(2, dtype="float64")), repr(jnp.arange(3, dtype="int64")))
print(repr(jnp.float64(1.5)), repr(jnp.int64(7)), repr(jnp.ones(2).astype(jnp.float64)))
print(jax.random.uniform(jax.random.key(0), (3,), dtype=jnp.float64).dtype)
print(jax.grad(lambda x: jnp.sum(x.astype(jnp.float64) ** 2))(jnp.ones(2)))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    jnp.zeros(3, dtype=jnp.float64)
print(caught[0].category.__name__, str(caught[0].message))
