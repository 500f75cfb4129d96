import jax
import jax.numpy as jnp

w = jnp.array([0.5, -1.0])
x = jnp.array([[1.0, 2.0], [0.0, 1.0]])
r = jnp.array([1.0, 0.0])
x_next = jnp.array([[2.0, 0.0], [1.0, 1.0]])
gamma = 0.9


def frozen_target(w):
    target = jax.lax.stop_gradient(r + gamma * x_next @ w)
    return jnp.mean((x @ w - target) ** 2)


def frozen_prediction(w):  # stop_gradient on the wrong side
    target = r + gamma * x_next @ w
    return jnp.mean((jax.lax.stop_gradient(x @ w) - target) ** 2)


def frozen_everything(w):  # stop_gradient around the whole loss
    return jax.lax.stop_gradient(jnp.mean((x @ w - (r + gamma * x_next @ w)) ** 2))


print(jax.grad(frozen_target)(w))
print(jax.grad(frozen_prediction)(w))  # moves the target towards the prediction instead
print(jax.grad(frozen_everything)(w))  # nothing left to differentiate
