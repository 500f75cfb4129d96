"""MSE mistakes: default argnums, column-shaped targets broadcasting, then per-example loss (uncaught)."""
import jax
import jax.numpy as jnp

w = jnp.array([1.0, 2.0])
b = 0.5
x = jnp.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
y = jnp.array([1.0, 3.0, 2.5])


def loss(w, b, x, y):
    return jnp.mean((x @ w + b - y) ** 2)


dw, db = jax.grad(loss)(w, b, x, y)
print("default argnums 'dw', 'db':", dw, db)
good_dw, good_db = jax.grad(loss, argnums=(0, 1))(w, b, x, y)
print("right dw, db:", good_dw, good_db)

y_col = y.reshape(-1, 1)
pred = x @ w + b
print("pred shape:", pred.shape, "y_col shape:", y_col.shape, "diff shape:", (pred - y_col).shape)
col_dw, col_db = jax.grad(loss, argnums=(0, 1))(w, b, x, y_col)
print("column dw:", col_dw)
print("column db:", col_db)
print("dw matches:", bool(jnp.allclose(col_dw, good_dw)), "db matches:", bool(jnp.allclose(col_db, good_db)))
fixed = jax.grad(loss, argnums=(0, 1))(w, b, x, y_col.ravel())
print("after ravel:", fixed[0], fixed[1])


def per_example(w, b, x, y):
    return (x @ w + b - y) ** 2


print("per-example values:", per_example(w, b, x, y))
jax.grad(per_example, argnums=(0, 1))(w, b, x, y)
