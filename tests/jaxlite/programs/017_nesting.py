"""Nested transformations: grad of grad, jacfwd of jacrev, vmap of grad, jvp of grad."""

import jax
import jax.numpy as jnp


def f(x):
    return jnp.sin(x) * x**2


print(jax.grad(jax.grad(jax.grad(f)))(1.0))
print(jax.jacfwd(jax.jacrev(lambda v: jnp.sum(v**3)))(jnp.array([1.0, 2.0])))
print(jax.vmap(jax.grad(f))(jnp.array([0.0, 0.5, 1.0, 2.0])))
print(jax.grad(lambda xs: jnp.sum(jax.vmap(f)(xs)))(jnp.array([0.0, 1.0])))
print(jax.jvp(jax.grad(f), (1.0,), (1.0,)))
print(jax.jacrev(jax.jacfwd(lambda v: v[0] * v[1] ** 2))(jnp.array([2.0, 3.0])))
print(jax.vmap(jax.hessian(lambda v: jnp.sum(v**4)))(jnp.array([[1.0, 2.0], [3.0, 4.0]])))
print(jax.grad(lambda x: jax.grad(f)(x) ** 2)(0.3))
