"""dtypes and weak types of arrays built from Python scalars and lists."""

import jax.numpy as jnp

for value in [1, 1.0, True, [1, 2], [1.0, 2], [True, False]]:
    a = jnp.array(value)
    print(repr(a), a.dtype, a.weak_type)
print(repr(jnp.asarray(3.5)))
print(repr(jnp.float32(3)))
print(repr(jnp.int32(7)))
print(repr(jnp.array(2, dtype=jnp.float32)))
print(repr(jnp.array([1.7, -1.7], dtype=jnp.int32)))
print(jnp.zeros(2).dtype == jnp.float32, jnp.arange(3).dtype == jnp.int32)
print(jnp.array([True]).dtype == jnp.bool_)
print(str(jnp.ones(1).dtype), jnp.ones(1).dtype.name)
