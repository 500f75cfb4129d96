"""Indexing with integers, slices, negative indices, None and Ellipsis."""

import jax.numpy as jnp

a = jnp.arange(24.0).reshape(2, 3, 4)
print(a[0])
print(a[1, 2])
print(a[1, 2, 3])
print(repr(a[-1, -1, -1]))
print(a[:, 1])
print(a[..., 0])
print(a[0, ::2, 1:3])
print(a[:, None, 0].shape)
print(a[None].shape)
print(a[..., None].shape)
print(a[0, -2:])
print(a[1, ::-1, 0])
v = jnp.array([5.0, 6.0, 7.0])
print(v[1], v[-1], v[1:], v[:0])
