"""Array attributes, astype and reshape."""

import jax.numpy as jnp

a = jnp.arange(12.0).reshape(3, 4)
print(a.shape, a.ndim, a.size, a.dtype)
print(a.T)
print(a.T.shape)
print(a.reshape(2, 6))
print(a.reshape(-1, 3))
print(a.reshape((4, 3)).shape)
print(a.reshape(-1))
print(repr(a.astype(jnp.int32)))
print(repr(jnp.array([0.0, 2.5, -1.0]).astype(jnp.bool_)))
print(repr(jnp.array([1, 0]).astype(jnp.float32)))
print(repr(jnp.array([-1.9, 1.9]).astype("int32")))
s = jnp.array(5.0)
print(s.shape, s.ndim, s.size)
print(jnp.ones((2, 3, 4)).T.shape)
print(a.ravel())
