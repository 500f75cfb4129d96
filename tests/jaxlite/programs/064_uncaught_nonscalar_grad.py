"""A learner forgets to reduce the loss: the program ends in an uncaught TypeError."""

import jax
import jax.numpy as jnp


def loss(w, x):
    return (x * w - 1.0) ** 2


x = jnp.array([1.0, 2.0, 3.0])
print("loss values:", loss(0.5, x))
print("gradient:", jax.grad(loss)(0.5, x))
print("never reached")
