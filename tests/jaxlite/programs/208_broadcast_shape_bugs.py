"""Shape bugs: (3,) vs (3,1) broadcasting in an MSE, silent (n,n) losses, and how shapes reveal the mistake."""
import jax
import jax.numpy as jnp

X = jnp.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
y = jnp.array([1.0, 2.0, 3.0])
y_col = y[:, None]
w = jnp.array([[1.0], [2.0]])

pred = X @ w
print("pred shape:", pred.shape, "y shape:", y.shape)
resid = pred - y
print("resid shape (bug):", resid.shape)
print("buggy mse:", jnp.mean(resid ** 2))
print("correct mse:", jnp.mean((pred - y_col) ** 2), jnp.mean((pred[:, 0] - y) ** 2))


def buggy(w):
    return jnp.mean((X @ w - y) ** 2)


def fixed(w):
    return jnp.mean((X @ w - y[:, None]) ** 2)


print("buggy grad:", buggy(w), jax.grad(buggy)(w).ravel())
print("fixed grad:", fixed(w), jax.grad(fixed)(w).ravel())
print("outer via broadcast:", (jnp.arange(3.0)[:, None] * jnp.arange(2.0)[None, :]).shape)
try:
    jnp.ones(3) + jnp.ones(2)
except Exception as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
try:
    jnp.ones((3, 2)) @ jnp.ones((3, 2))
except Exception as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
print("vec @ vec:", jnp.ones(3) @ jnp.ones(3), (jnp.ones(3) @ jnp.ones((3, 2))).shape)
print("squeeze:", jnp.ones((3, 1)).squeeze().shape, jnp.ones((1, 3)).squeeze(0).shape)
try:
    jnp.ones((3, 2)).squeeze(1)
except Exception as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
print("reshape -1:", jnp.arange(6).reshape(-1, 2).shape)
try:
    jnp.arange(6).reshape(4, -1)
except Exception as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
print("sum keepdims:", jnp.sum(X, axis=0, keepdims=True).shape, jnp.sum(X, axis=0).shape)
print("normalise rows (bug):", (X / jnp.sum(X, axis=1)).shape if X.shape[0] == X.shape[1] else "skip")
try:
    X / jnp.sum(X, axis=1)
except Exception as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
print("normalise rows:", X / jnp.sum(X, axis=1, keepdims=True))
