import jax
import jax.numpy as jnp


def loss(w):
    return jnp.sum((w - 1.0) ** 2)


w = jnp.array([0.0, 3.0])
result = jax.value_and_grad(loss)(w)  # a pair (value, gradient), not a gradient

try:
    w - 0.1 * result
except TypeError as err:
    print(f"TypeError: {err}")

value, grad = result  # unpack first
print(w - 0.1 * grad)
