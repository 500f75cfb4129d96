"""vmap with in_axes: integers, None and negative axes."""

import jax
import jax.numpy as jnp


def dot(a, b):
    return jnp.sum(a * b)


xs = jnp.arange(6.0).reshape(2, 3)
ys = jnp.array([[1.0, 0.0, -1.0], [2.0, 2.0, 2.0]])
print(jax.vmap(dot)(xs, ys))
print(jax.vmap(dot, in_axes=(0, None))(xs, jnp.array([1.0, 1.0, 1.0])))
print(jax.vmap(dot, in_axes=(1, 1))(xs, ys))
print(jax.vmap(lambda v: v * 2.0, in_axes=-1)(xs))
print(jax.vmap(lambda a, s: a * s, in_axes=(0, 0))(xs, jnp.array([10.0, 100.0])))
m = jnp.arange(12.0).reshape(3, 4)
print(jax.vmap(jax.vmap(lambda a: a + 1.0))(m))
print(jax.vmap(jnp.sum)(m))
print(jax.vmap(lambda row: jnp.max(row) - jnp.min(row), in_axes=1)(m))
