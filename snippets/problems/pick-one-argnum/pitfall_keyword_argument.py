import jax
import jax.numpy as jnp


def probability(w, b, x):
    return jax.nn.sigmoid(jnp.dot(w, x) + b)


w = jnp.array([1.0, -1.0])
x = jnp.array([0.5, 2.0])

try:
    jax.grad(probability, argnums=2)(w, 0.0, x=x)  # argnums counts positional arguments
except TypeError as err:
    print(f"TypeError: {err}")

print(jax.grad(probability, argnums=2)(w, 0.0, x))
