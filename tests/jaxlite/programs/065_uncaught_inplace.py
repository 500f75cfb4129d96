"""A NumPy habit, item assignment, ends the program with an uncaught TypeError."""

import jax.numpy as jnp

weights = jnp.zeros(3)
print(weights)
for i in range(3):
    weights[i] = i * 0.5
print(weights)
