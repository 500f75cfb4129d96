import jax
import jax.numpy as jnp

w = jnp.array([[1.0, 2.0, 0.0], [0.0, -1.0, 1.0]])  # R^3 -> R^2


def f(x):
    return w @ jnp.tanh(x)


x = jnp.array([0.5, -0.5, 1.0])
_, pullback = jax.vjp(f, x)

try:
    pullback(jnp.ones(3))  # shaped like the input: wrong side
except ValueError as err:
    print(f"{type(err).__name__}: {err}")

print(pullback(jnp.ones(2)))  # shaped like the output; the result is shaped like the input
