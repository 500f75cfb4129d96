import jax
import jax.numpy as jnp

w = jnp.array([[1.0, -1.0], [0.5, 2.0], [0.0, 1.0]])
b = jnp.zeros(3)


def layer(x):
    return jnp.tanh(w @ x + b)  # three outputs


x = jnp.array([0.2, -0.4])
try:
    jax.grad(layer)(x)
except TypeError as err:
    print(f"{type(err).__name__}: {err}")

print(jax.jacrev(layer)(x))  # one row per output
