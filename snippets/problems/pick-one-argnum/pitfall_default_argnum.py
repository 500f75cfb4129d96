import jax
import jax.numpy as jnp


def probability(w, b, x):
    return jax.nn.sigmoid(jnp.dot(w, x) + b)


w = jnp.array([1.0, -1.0, 2.0])
x = jnp.array([0.5, 2.0, -0.5])

# Without argnums this is d/dw: same shape as the answer, different numbers.
print("d/dw:", jax.grad(probability)(w, 0.0, x))
print("d/dx:", jax.grad(probability, argnums=2)(w, 0.0, x))
