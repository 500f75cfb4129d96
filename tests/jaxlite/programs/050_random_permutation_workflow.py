"""permutation and a typical split-then-sample workflow."""

import jax
import jax.numpy as jnp

key = jax.random.key(0)
print(jax.random.permutation(key, 10))
print(jax.random.permutation(key, jnp.arange(5.0) * 10.0))
print(jax.random.permutation(jax.random.key(5), jnp.arange(6).reshape(3, 2)))
key, wkey, bkey = jax.random.split(jax.random.key(0), 3)
W = jax.random.normal(wkey, (3, 2)) * 0.1
b = jax.random.uniform(bkey, (2,))
print(W)
print(b)
data_key = jax.random.key(42)
for step in range(3):
    data_key, sub = jax.random.split(data_key)
    print(step, jax.random.randint(sub, (4,), 0, 100))
