"""grad with argnums as int, tuple and negative index."""

import jax
import jax.numpy as jnp


def f(a, b, c):
    return a * b**2 + jnp.sin(c) * a


print(jax.grad(f)(1.0, 2.0, 3.0))
print(jax.grad(f, argnums=1)(1.0, 2.0, 3.0))
print(jax.grad(f, argnums=2)(1.0, 2.0, 3.0))
print(jax.grad(f, argnums=(0, 2))(1.0, 2.0, 3.0))
print(jax.grad(f, argnums=(2, 0))(1.0, 2.0, 3.0))
print(jax.grad(f, argnums=(1,))(1.0, 2.0, 3.0))
print(jax.grad(f, argnums=-1)(1.0, 2.0, 3.0))
print(jax.grad(f, argnums=(0, 1, 2))(jnp.array(1.0), 2.0, jnp.array(3.0)))
