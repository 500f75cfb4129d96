"""split and fold_in on typed and raw keys."""

import jax

key = jax.random.key(0)
k1, k2 = jax.random.split(key)
print(k1)
print(k2)
keys = jax.random.split(key, 4)
print(keys.shape)
print(keys)
print(keys[2])
print(jax.random.fold_in(key, 1))
print(jax.random.fold_in(key, 12345))
raw = jax.random.PRNGKey(3)
print(jax.random.split(raw))
print(jax.random.split(raw, 3).shape)
print(jax.random.fold_in(raw, 9))
for i, k in enumerate(jax.random.split(jax.random.key(1), 3)):
    print(i, jax.random.key_data(k))
