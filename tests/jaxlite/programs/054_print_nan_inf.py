"""nan and inf in arrays, arithmetic and printing."""

import jax.numpy as jnp

x = jnp.array([1.0, 0.0, -1.0])
print(x / 0.0)
print(repr(x / 0.0))
print(jnp.log(x))
print(jnp.sqrt(x))
print(jnp.array(jnp.inf), jnp.array(-jnp.inf), jnp.array(jnp.nan))
print(repr(jnp.array([jnp.nan, 1.5, jnp.inf])))
print(jnp.array([jnp.nan, 1e10]))
print(jnp.isnan(jnp.array([jnp.nan, 1.0])))
print(jnp.isinf(x / 0.0))
print(jnp.nan == jnp.nan, jnp.array(jnp.nan) == jnp.array(jnp.nan))
print(jnp.exp(jnp.array(100.0)), jnp.exp(jnp.array(-200.0)))
print(f"{jnp.array(jnp.inf):.2f}", f"{jnp.array(jnp.nan):.2f}")
