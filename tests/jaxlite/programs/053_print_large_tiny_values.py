"""Large and tiny values switch printing to scientific notation."""

import jax.numpy as jnp

print(jnp.array(1e10))
print(repr(jnp.array(1e10)))
print(jnp.array(123456789.0))
print(jnp.array(1e-10))
print(jnp.array([1e-5, 1.0]))
print(jnp.array([1e8, 1.0]))
print(repr(jnp.array([1e-8, 1e8])))
print(jnp.array([3.4e38, -1e-38]))
print(jnp.array([0.0001, 0.001]))
print(jnp.array([123456.7, 0.5]))
print(jnp.array(1.5e-45))
print(jnp.array([1e16, 2.0]) * 3)
