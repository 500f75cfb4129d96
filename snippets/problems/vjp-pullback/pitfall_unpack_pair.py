import jax
import jax.numpy as jnp


def f(x):
    return jnp.array([[1.0, 2.0], [0.0, -1.0]]) @ jnp.tanh(x)


x = jnp.array([0.5, -0.5])
u = jnp.array([1.0, 1.0])

pullback = jax.vjp(f, x)  # actually the pair (f(x), pullback)
try:
    pullback(u)
except TypeError as err:
    print(f"{type(err).__name__}: {err}")

value, pullback = jax.vjp(f, x)
print(value, pullback(u))
