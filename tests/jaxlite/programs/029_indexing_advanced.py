"""Integer-array and boolean-mask indexing."""

import jax.numpy as jnp

v = jnp.array([10.0, 20.0, 30.0, 40.0])
print(v[jnp.array([0, 2])])
print(v[jnp.array([3, 3, 0])])
print(v[jnp.array([-1, 1])])
try:
    print(v[[1, 2]])
except TypeError as e:
    print(type(e).__name__, e)
m = jnp.arange(9.0).reshape(3, 3)
print(m[jnp.array([0, 2])])
print(m[jnp.array([0, 1, 2]), jnp.array([2, 1, 0])])
print(m[:, jnp.array([1])])
mask = v > 15.0
print(mask)
print(v[mask])
print(m[m > 4.0])
print(v[jnp.array([True, False, False, True])])
