"""Integer inputs and integer outputs are rejected by grad."""

import jax
import jax.numpy as jnp

try:
    jax.grad(lambda x: x**2)(3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    jax.grad(lambda v: jnp.sum(v))(jnp.array([1, 2, 3]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    jax.grad(lambda x: jnp.argmax(x))(jnp.array([1.0, 3.0]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    jax.grad(lambda x: (x > 0).astype(jnp.int32))(1.0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    jax.grad(lambda x: x > 0)(1.0)
except TypeError as e:
    print(type(e).__name__, e)
print(jax.grad(lambda x: x**2)(3.0))
print(jax.grad(lambda x: x**2)(float(3)))
