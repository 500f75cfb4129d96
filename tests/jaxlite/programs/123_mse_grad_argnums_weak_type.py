"""MSE gradient with argnums=(0, 1), a Python-float bias, weak types and the closed form."""
import jax
import jax.numpy as jnp


def loss(w, b, x, y):
    return jnp.mean((x @ w + b - y) ** 2)


def mse_gradient(w, b, x, y):
    return jax.grad(loss, argnums=(0, 1))(w, b, x, y)


w = jnp.array([0.5, -0.25, 1.0])
x = jnp.array([[1.0, 2.0, 0.0], [0.0, 1.0, 1.0], [2.0, -1.0, 0.5], [1.0, 1.0, 1.0]])
y = jnp.array([1.0, 0.0, 2.0, -1.0])

out = mse_gradient(w, 0.3, x, y)
print("type of result:", type(out).__name__, len(out))
dw, db = out
print("dw:", dw)
print("db:", db)
print("repr db (python float bias):", repr(db))
print("db weak_type:", db.weak_type, "dw weak_type:", dw.weak_type)

dw2, db2 = mse_gradient(w, jnp.float32(0.3), x, y)
print("repr db (float32 bias):", repr(db2))
print("same numbers:", bool(jnp.allclose(dw, dw2)), bool(jnp.allclose(db, db2)))

r = x @ w + 0.3 - y
n = x.shape[0]
print("closed form dw close:", bool(jnp.allclose(dw, 2.0 / n * x.T @ r, atol=1e-6)))
print("closed form db close:", bool(jnp.allclose(db, 2.0 / n * jnp.sum(r), atol=1e-6)))

# argnums=1 alone gives a bare scalar, not a tuple
db_only = jax.grad(loss, argnums=1)(w, 0.3, x, y)
print("argnums=1:", type(db_only).__name__, db_only.shape)
# argnums=(1,) gives a one-element tuple
db_tuple = jax.grad(loss, argnums=(1,))(w, 0.3, x, y)
print("argnums=(1,):", type(db_tuple).__name__, len(db_tuple))
