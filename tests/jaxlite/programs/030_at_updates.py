"""Functional updates with .at[...].set/add/multiply/get."""

import jax.numpy as jnp

x = jnp.zeros(5)
y = x.at[2].set(7.0)
print(x)
print(y)
print(x.at[1:3].add(1.5))
print(x.at[-1].set(3.0))
print(jnp.ones(4).at[jnp.array([0, 0, 3])].add(1.0))
print(jnp.arange(1.0, 5.0).at[::2].multiply(10.0))
m = jnp.zeros((2, 3))
print(m.at[1].set(jnp.array([1.0, 2.0, 3.0])))
print(m.at[:, 0].add(5.0))
print(m.at[0, 2].set(9.0))
print(jnp.arange(5.0).at[3].get())
print(repr(jnp.arange(5).at[0].set(9)))
print(repr(jnp.arange(3.0).at[1].set(2)))
