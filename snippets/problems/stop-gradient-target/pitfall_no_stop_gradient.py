import jax
import jax.numpy as jnp

w = jnp.array([0.5, -1.0])
x = jnp.array([[1.0, 2.0], [0.0, 1.0]])
r = jnp.array([1.0, 0.0])
x_next = jnp.array([[2.0, 0.0], [1.0, 1.0]])
gamma = 0.9


def frozen(w):
    target = jax.lax.stop_gradient(r + gamma * x_next @ w)
    return jnp.mean((x @ w - target) ** 2)


def unfrozen(w):  # the target is differentiated too
    target = r + gamma * x_next @ w
    return jnp.mean((x @ w - target) ** 2)


print(frozen(w), unfrozen(w))  # the same loss value
print(jax.grad(frozen)(w))  # 2/n * sum of error * x
print(jax.grad(unfrozen)(w))  # 2/n * sum of error * (x - gamma * x_next): a different direction
