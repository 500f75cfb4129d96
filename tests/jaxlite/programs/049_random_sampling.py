"""uniform, normal, bernoulli, randint and bits."""

import jax
import jax.numpy as jnp

key = jax.random.key(0)
print(jax.random.uniform(key))
print(jax.random.uniform(key, (3,)))
print(jax.random.uniform(key, (2, 2), minval=-1.0, maxval=1.0))
print(jax.random.normal(key, (5,)))
print(repr(jax.random.normal(jax.random.key(1), (2, 3))))
print(jax.random.bernoulli(key, 0.3, (6,)))
print(jax.random.bernoulli(key, shape=(4,)))
print(jax.random.randint(key, (5,), 0, 10))
print(repr(jax.random.randint(jax.random.key(2), (2, 2), -5, 5)))
print(jax.random.bits(key, (3,)))
print(repr(jax.random.bits(key)))
raw = jax.random.PRNGKey(0)
print(jax.random.uniform(raw, (2,)), jax.random.normal(raw, (2,)))
print(jax.random.uniform(key, (2,), dtype=jnp.float32))
