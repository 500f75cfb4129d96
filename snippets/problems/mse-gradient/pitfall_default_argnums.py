import jax
import jax.numpy as jnp

x = jnp.array([[1.0, 2.0], [3.0, -1.0], [0.0, 1.0]])
y = jnp.array([1.0, 0.0, 2.0])


def loss(w, b):
    return jnp.mean((x @ w + b - y) ** 2)


w, b = jnp.array([0.5, -0.5]), 1.0

# Without argnums only w is differentiated; its two entries unpack without complaint.
dw, db = jax.grad(loss)(w, b)
print("dw:", dw, " db:", db)

dw, db = jax.grad(loss, argnums=(0, 1))(w, b)
print("dw:", dw, " db:", db)
