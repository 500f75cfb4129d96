import jax
import jax.numpy as jnp


def example_loss(w, x, y):
    logit = jnp.dot(w, x)
    return jax.nn.softplus(logit) - y * logit


def batch_loss(w, xs, ys):
    return jnp.sum(jax.vmap(example_loss, in_axes=(None, 0, 0))(w, xs, ys))


w = jnp.array([0.5, -0.5, 1.0])
xs = jnp.array([[1.0, 0.0, 2.0], [0.0, 1.0, -1.0], [2.0, 2.0, 0.0], [-1.0, 0.5, 0.5]])
ys = jnp.array([1.0, 0.0, 1.0, 0.0])

# The gradient of the summed loss: one row, the four examples already added together.
summed = jax.grad(batch_loss)(w, xs, ys)
print(summed.shape, summed)

per_example = jax.vmap(jax.grad(example_loss), in_axes=(None, 0, 0))(w, xs, ys)
print(per_example.shape)
print(per_example.sum(axis=0))  # what the single row is made of
