"""grad of a function called with an integer ends in an uncaught TypeError."""

from jax import grad


def cube(x):
    return x**3


print(grad(cube)(2.0))
print(grad(cube)(2))
