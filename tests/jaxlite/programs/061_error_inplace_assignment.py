"""JAX arrays are immutable: item assignment fails; .at[] is the fix."""

import jax.numpy as jnp

x = jnp.array([1.0, 2.0, 3.0])
try:
    x[0] = 10.0
except TypeError as e:
    print(type(e).__name__, e)
try:
    x[1:] += 1.0
except TypeError as e:
    print(type(e).__name__, e)
m = jnp.zeros((2, 2))
try:
    m[0, 1] = 5.0
except TypeError as e:
    print(type(e).__name__, e)
x = x.at[0].set(10.0)
print(x)
