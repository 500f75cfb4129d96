"""Elementwise math functions and their derivatives."""

import jax
import jax.numpy as jnp

x = jnp.array([0.1, 0.5, 1.0, 2.0])
for name in [
    "exp",
    "log",
    "log1p",
    "expm1",
    "sqrt",
    "square",
    "sin",
    "cos",
    "tan",
    "tanh",
    "arctan",
    "abs",
    "sign",
]:
    fn = getattr(jnp, name)
    grads = jax.vmap(jax.grad(fn))(x)
    print(name, fn(x), grads)
print(jnp.power(x, 3.0), jnp.power(2.0, x))
print(jax.grad(lambda a: jnp.power(a, 2.5))(1.5))
print(jax.grad(lambda b: jnp.power(2.0, b))(1.5))
print(jnp.exp(jnp.array(1.0)), jnp.log(jnp.array(10.0)))
print(repr(jnp.sqrt(jnp.array([4, 9]))))
print(repr(jnp.square(jnp.array([3, -2]))))
print(jnp.pi, jnp.inf, -jnp.inf, jnp.nan)
