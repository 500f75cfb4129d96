"""Type promotion between int32, float32, bool and weakly typed Python scalars."""

import jax.numpy as jnp

i = jnp.array([1, 2, 3])
f = jnp.array([0.5, 1.5, 2.5])
b = jnp.array([True, False, True])
print(repr(i * 2))
print(repr(i * 2.0))
print(repr(f + 1))
print(repr(i + f))
print(repr(b + b))
print(repr(b * 2))
print(repr(b & jnp.array([True, True, False])))
print(repr(i / 2))
print(repr(i // 2))
print(repr(i % 2))
print(repr(-i))
print(repr(jnp.array(3) + 1))
print(repr(jnp.array(3) + 1.5))
print(repr(jnp.array(3.0) * 2))
print(repr(2**i))
print(repr(i**2))
print(repr(jnp.float32(1.5) + 1))
