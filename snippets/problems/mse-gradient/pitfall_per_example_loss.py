import jax
import jax.numpy as jnp

x = jnp.array([[1.0, 2.0], [3.0, -1.0], [0.0, 1.0]])
y = jnp.array([1.0, 0.0, 2.0])


def squared_errors(w, b):
    return (x @ w + b - y) ** 2  # one error per example: three numbers


try:
    jax.grad(squared_errors, argnums=(0, 1))(jnp.array([0.5, -0.5]), 1.0)
except TypeError as err:
    print(f"TypeError: {err}")


def loss(w, b):
    return jnp.mean(squared_errors(w, b))


print(jax.grad(loss, argnums=(0, 1))(jnp.array([0.5, -0.5]), 1.0))
