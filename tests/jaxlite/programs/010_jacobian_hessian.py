"""jax.jacobian and jax.hessian on scalar and vector functions."""

import jax
import jax.numpy as jnp


def energy(x):
    return jnp.sum(x**2) + x[0] * x[1] ** 2 + jnp.exp(x[2])


x = jnp.array([1.0, -1.0, 0.5])
print(jax.jacobian(energy)(x))
H = jax.hessian(energy)(x)
print(H)
print(repr(H))
print(jnp.allclose(H, H.T))
print(jax.hessian(lambda t: t**4)(2.0))


def two_args(a, b):
    return jnp.sum(a * b**2)


print(jax.hessian(two_args, argnums=1)(jnp.array([1.0, 2.0]), jnp.array([3.0, 4.0])))
print(jax.jacobian(lambda v: v * 2.0)(jnp.array([1.0, 2.0])))
