"""lax.stop_gradient blocks gradients through part of a computation."""

import jax
import jax.numpy as jnp
from jax import lax


def f(x):
    return x**2 + lax.stop_gradient(x**3)


print(f(2.0), jax.grad(f)(2.0))
print(jax.grad(lambda x: lax.stop_gradient(x) * x)(3.0))
print(jax.grad(lambda x: jax.lax.stop_gradient(jnp.exp(x)))(1.0))
v = jnp.array([1.0, 2.0])
print(jax.grad(lambda v: jnp.sum(v * lax.stop_gradient(v)))(v))
print(repr(lax.stop_gradient(v)))
