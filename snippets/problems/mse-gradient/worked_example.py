import jax
import jax.numpy as jnp

x = jnp.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
y = jnp.array([1.0, 2.0, 4.0])


def mae(w, b):  # mean absolute error: a different loss for the same model
    return jnp.mean(jnp.abs(x @ w + b - y))


w, b = jnp.array([2.0, 1.0]), 0.0
print("loss:", mae(w, b))

# argnums=(0, 1): one gradient per argument, in a tuple, in the order asked for.
dw, db = jax.grad(mae, argnums=(0, 1))(w, b)
print("dw:", dw, " db:", db)

# By hand: the derivative of |r| is sign(r), so the gradient is the mean of sign(r) · input.
r = x @ w + b - y
print("dw:", x.T @ jnp.sign(r) / len(y), " db:", jnp.mean(jnp.sign(r)))
