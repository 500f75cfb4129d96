"""Forward mode with jax.jvp: primal and tangent outputs."""

import jax
import jax.numpy as jnp

primal, tangent = jax.jvp(jnp.sin, (1.0,), (1.0,))
print(primal, tangent)


def f(x, y):
    return x * y + jnp.exp(x)


p, t = jax.jvp(f, (2.0, 3.0), (1.0, 0.0))
print(p, t)
p, t = jax.jvp(f, (2.0, 3.0), (0.0, 1.0))
print(p, t)
v = jnp.array([1.0, 2.0, 3.0])
p, t = jax.jvp(lambda x: x**2, (v,), (jnp.ones(3),))
print(p)
print(t)
p, t = jax.jvp(lambda d: d["a"] * d["b"], ({"a": 2.0, "b": 5.0},), ({"a": 1.0, "b": 1.0},))
print(p, t)
print(repr(t))
