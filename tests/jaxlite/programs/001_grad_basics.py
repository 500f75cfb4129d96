"""grad of simple scalar functions, printed in str and repr forms."""

import jax
import jax.numpy as jnp
from jax import grad


def square(x):
    return x * x


def poly(x):
    return 3.0 * x**2 - 2.0 * x + 1.0


print(grad(square)(3.0))
print(repr(grad(square)(3.0)))
print(grad(poly)(0.5))
print(repr(jax.grad(poly)(jnp.float32(2.0))))
print(grad(jnp.sin)(0.0), grad(jnp.cos)(0.0))
print(grad(lambda x: jnp.exp(2.0 * x))(1.0))
print(grad(lambda x: 1.0 / x)(4.0))
print(grad(lambda x: jnp.sum(x**2))(jnp.array([1.0, 2.0, 3.0])))
print(repr(grad(lambda x: jnp.sum(x**2))(jnp.array([1.0, 2.0, 3.0]))))
