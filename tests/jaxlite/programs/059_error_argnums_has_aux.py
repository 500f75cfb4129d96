"""argnums out of range and has_aux without an (output, aux) pair."""

import jax
import jax.numpy as jnp


def f(a, b):
    return a * b


try:
    jax.grad(f, argnums=2)(1.0, 2.0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    jax.grad(f, argnums=(0, 5))(1.0, 2.0)
except TypeError as e:
    print(type(e).__name__, e)
# JAX's has_aux message ends with the repr of its internal tracer types, which is an
# implementation detail; only the part before it is compared.
try:
    jax.grad(lambda x: x**2, has_aux=True)(2.0)
except TypeError as e:
    print(type(e).__name__, str(e).split(", but got")[0])
try:
    jax.grad(lambda x: (x**2, x, x), has_aux=True)(2.0)
except TypeError as e:
    print(type(e).__name__, str(e).split(", but got")[0])
try:
    jax.value_and_grad(lambda x: jnp.sum(x), has_aux=True)(jnp.ones(2))
except TypeError as e:
    print(type(e).__name__, str(e).split(", but got")[0])
print(jax.grad(f, argnums=1)(1.0, 2.0))
