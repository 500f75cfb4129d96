"""cumsum and linalg.norm, with gradients."""

import jax
import jax.numpy as jnp

v = jnp.array([1.0, 2.0, 3.0, 4.0])
m = jnp.arange(6.0).reshape(2, 3)
print(jnp.cumsum(v))
print(jnp.cumsum(m))
print(jnp.cumsum(m, axis=0))
print(jnp.cumsum(m, axis=1))
print(repr(jnp.cumsum(jnp.array([1, 2, 3]))))
print(jax.grad(lambda x: jnp.sum(jnp.cumsum(x) ** 2))(v))
print(jnp.linalg.norm(v))
print(jnp.linalg.norm(m))
print(jnp.linalg.norm(m, axis=1))
print(jnp.linalg.norm(jnp.array([3.0, 4.0])))
print(jax.grad(jnp.linalg.norm)(jnp.array([3.0, 4.0])))
print(jax.grad(lambda x: jnp.linalg.norm(x) ** 2)(v))
