import jax
import jax.numpy as jnp

x = jnp.array([[1.0, 2.0], [3.0, -1.0], [0.0, 1.0]])
y_column = jnp.array([[1.0], [0.0], [2.0]])  # shape (3, 1), as targets often come from a file


def loss(w, b, y):
    return jnp.mean((x @ w + b - y) ** 2)


w, b = jnp.array([0.5, -0.5]), 1.0

# (3,) minus (3, 1) broadcasts to (3, 3): every prediction against every target.
print((x @ w + b - y_column).shape)
print("with y of shape (3, 1):", jax.grad(loss, argnums=(0, 1))(w, b, y_column))
print("with y of shape (3,):  ", jax.grad(loss, argnums=(0, 1))(w, b, y_column[:, 0]))
