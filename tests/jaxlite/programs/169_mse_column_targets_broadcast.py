"""MSE gradient: (n,1) targets broadcasting to (n,n), no argnums with d=2, squared errors not reduced."""
import jax
import jax.numpy as jnp


def mse(w, b, x, y):
    return jnp.mean((x @ w + b - y) ** 2)


x = jnp.array([[1.0, 0.0], [0.0, 2.0], [1.0, 1.0]])
y = jnp.array([1.0, 2.0, 0.0])
w = jnp.array([0.5, 0.5])
b = 0.25

dw, db = jax.grad(mse, argnums=(0, 1))(w, b, x, y)
r = x @ w + b - y
print("dw:", dw, "closed:", 2 * r @ x / 3)
print("db:", repr(db), "closed:", 2 * jnp.mean(r))
col = y[:, None]
print("pred - col shape:", (x @ w + b - col).shape)
dw_c, db_c = jax.grad(mse, argnums=(0, 1))(w, b, x, col)
print("column dw:", dw_c, "differs:", not bool(jnp.allclose(dw_c, dw)))
print("column db:", db_c, "same as right db:", bool(jnp.allclose(db_c, db)))
a, c = jax.grad(mse)(w, b, x, y)
print("no argnums unpacks w's grad:", a, c)
try:
    jax.grad(lambda w: (x @ w + b - y) ** 2)(w)
except TypeError as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
try:
    jax.grad(lambda w: jnp.mean((x @ w + b - y) ** 2, keepdims=True))(w)
except TypeError as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
print("b as float32 array:", repr(jax.grad(mse, argnums=1)(w, jnp.float32(0.25), x, y)))
print("b as 0-d array:", repr(jax.grad(mse, argnums=1)(w, jnp.array(0.25), x, y)))
print("squeeze fixes:", bool(jnp.allclose(jax.grad(mse)(w, b, x, col.squeeze(-1)), dw)))
print("reshape(-1) fixes:", bool(jnp.allclose(jax.grad(mse)(w, b, x, col.reshape(-1)), dw)))
print("jnp.where mask mse:", jax.grad(lambda w: jnp.mean(jnp.where(y > 0.5, (x @ w - y) ** 2, 0.0)))(w))
