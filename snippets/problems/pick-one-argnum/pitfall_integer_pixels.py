import jax
import jax.numpy as jnp


def probability(w, b, x):
    return jax.nn.sigmoid(jnp.dot(w, x) + b)


w = jnp.array([0.01, -0.02, 0.005])
pixels = jnp.array([12, 200, 255])  # raw pixel values are integers

try:
    jax.grad(probability, argnums=2)(w, 0.0, pixels)
except TypeError as err:
    print(f"TypeError: {err}")

print(jax.grad(probability, argnums=2)(w, 0.0, pixels.astype(jnp.float32)))
