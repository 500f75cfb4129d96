"""Reverse mode with jax.vjp and its pullback function."""

import jax
import jax.numpy as jnp


def f(x):
    return jnp.array([x[0] ** 2, x[0] * x[1], jnp.log(x[1])])


x = jnp.array([3.0, 2.0])
y, pullback = jax.vjp(f, x)
print(y)
(ct,) = pullback(jnp.array([1.0, 0.0, 0.0]))
print(ct)
print(pullback(jnp.array([0.0, 1.0, 1.0])))
out, pb = jax.vjp(lambda a, b: a * b, 2.0, 4.0)
print(out, pb(1.0))
out, pb = jax.vjp(lambda p: p["w"] * p["x"], {"w": jnp.array([1.0, 2.0]), "x": 3.0})
print(pb(jnp.array([1.0, 1.0])))
