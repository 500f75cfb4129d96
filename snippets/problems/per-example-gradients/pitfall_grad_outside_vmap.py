import jax
import jax.numpy as jnp


def example_loss(w, x, y):
    logit = jnp.dot(w, x)
    return jax.nn.softplus(logit) - y * logit


w = jnp.array([0.5, -0.5, 1.0])
xs = jnp.ones((4, 3))
ys = jnp.array([1.0, 0.0, 1.0, 0.0])

# grad of the mapped loss: the mapped function returns one loss per example, not a scalar.
try:
    jax.grad(jax.vmap(example_loss, in_axes=(None, 0, 0)))(w, xs, ys)
except TypeError as err:
    print(f"{type(err).__name__}: {err}")

# The other way round: differentiate one example, then map the gradient.
print(jax.vmap(jax.grad(example_loss), in_axes=(None, 0, 0))(w, xs, ys).shape)
