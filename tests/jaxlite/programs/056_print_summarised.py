"""Arrays with more than 1000 elements print in summarised form."""

import jax.numpy as jnp

print(jnp.arange(1001))
print(jnp.arange(2000.0))
print(repr(jnp.arange(1500.0) / 7.0))
print(jnp.ones((40, 30)))
print(repr(jnp.arange(3000).reshape(3, 10, 100)))
print(jnp.zeros(1000))
print(jnp.zeros(1001, dtype=jnp.bool_))
