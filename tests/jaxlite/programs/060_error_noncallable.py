"""Passing a value instead of a function to grad: the classic jax.grad(f(x)) slip."""

import jax
import jax.numpy as jnp


def f(x):
    return jnp.sin(x) * x


x = 1.5
try:
    jax.grad(f(x))
except TypeError as e:
    print(type(e).__name__, e)
try:
    jax.grad(3.0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    jax.value_and_grad(jnp.array([1.0]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    jax.vmap("not a function")
except TypeError as e:
    print(type(e).__name__, e)
print(jax.grad(f)(x))
