"""Broadcasting between arrays of different ranks."""

import jax.numpy as jnp

col = jnp.array([[1.0], [2.0], [3.0]])
row = jnp.array([10.0, 20.0])
print(col + row)
print((col * row).shape)
m = jnp.arange(6.0).reshape(2, 3)
print(m - jnp.array([1.0, 2.0, 3.0]))
print(m * jnp.array([[2.0], [-1.0]]))
print(jnp.ones((2, 1, 3)) + jnp.arange(4.0).reshape(4, 1))
print((jnp.ones((2, 1, 3)) + jnp.arange(4.0).reshape(4, 1)).shape)
print(m + 1)
try:
    jnp.ones(3) + jnp.ones(4)
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
