"""Array creation: array, asarray, zeros, ones, full (and _like), arange, linspace, eye."""

import jax.numpy as jnp

print(jnp.array([[1, 2], [3, 4]]))
print(repr(jnp.asarray([1.0, 2.0])))
print(repr(jnp.zeros(3)), repr(jnp.zeros((2, 2), dtype=jnp.int32)))
print(repr(jnp.ones((2, 3))))
print(repr(jnp.full((2,), 7.0)), repr(jnp.full(3, 4)))
x = jnp.array([[1.0, 2.0, 3.0]])
print(repr(jnp.zeros_like(x)), repr(jnp.ones_like(x)))
print(repr(jnp.full_like(x, -1.0)))
print(repr(jnp.ones_like(jnp.array([1, 2]))))
print(repr(jnp.arange(5)))
print(repr(jnp.arange(2.0, 4.0, 0.5)))
print(repr(jnp.arange(1, 10, 3)))
print(repr(jnp.arange(5.0)))
print(repr(jnp.linspace(0.0, 1.0, 5)))
print(repr(jnp.linspace(-1, 1, 4)))
print(jnp.linspace(0.0, 1.0, 7))
print(repr(jnp.eye(3)))
print(repr(jnp.eye(2, 3)))
print(repr(jnp.array(jnp.arange(3))))
