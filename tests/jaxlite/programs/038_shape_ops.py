"""transpose, swapaxes, ravel, squeeze, expand_dims."""

import jax.numpy as jnp

a = jnp.arange(24).reshape(2, 3, 4)
print(jnp.transpose(a).shape)
print(jnp.transpose(a, (1, 0, 2)).shape)
print(jnp.transpose(jnp.arange(6).reshape(2, 3)))
print(jnp.swapaxes(a, 0, 2).shape)
print(jnp.swapaxes(a, 0, 2)[3])
print(jnp.ravel(a[1]))
s = jnp.ones((1, 3, 1))
print(jnp.squeeze(s).shape, jnp.squeeze(s, axis=0).shape, jnp.squeeze(s, axis=-1).shape)
print(jnp.expand_dims(jnp.array([1.0, 2.0]), 0))
print(jnp.expand_dims(jnp.array([1.0, 2.0]), 1))
print(jnp.expand_dims(jnp.array([1.0, 2.0]), -1).shape)
print(a.transpose(2, 0, 1).shape)
print(jnp.reshape(a, (4, 6))[0])
