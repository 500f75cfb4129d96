"""grad of a function with non-scalar output raises TypeError; the fixes."""

import jax
import jax.numpy as jnp

x = jnp.array([1.0, 2.0, 3.0])
try:
    jax.grad(lambda v: v**2)(x)
except TypeError as e:
    print(type(e).__name__, e)
try:
    jax.grad(lambda v: jnp.outer(v, v))(x)
except TypeError as e:
    print(type(e).__name__, e)
try:
    jax.grad(lambda v: v[:1] * 2.0)(x)
except TypeError as e:
    print(type(e).__name__, e)
print(jax.grad(lambda v: jnp.sum(v**2))(x))
print(jax.jacobian(lambda v: v**2)(x))
print(jax.vmap(jax.grad(lambda s: s**2))(x))
