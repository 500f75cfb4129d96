import jax
import jax.numpy as jnp


def example_loss(w, x, y):
    logit = jnp.dot(w, x)
    return jax.nn.softplus(logit) - y * logit


w = jnp.array([0.5, -0.5, 1.0])  # d = 3 weights
xs = jnp.ones((4, 3))  # N = 4 examples
ys = jnp.array([1.0, 0.0, 1.0, 0.0])

try:
    # in_axes defaults to 0 for every argument: vmap tries to split w as well.
    jax.vmap(jax.grad(example_loss))(w, xs, ys)
except ValueError as err:
    print(f"{type(err).__name__}: {err}")

print(jax.vmap(jax.grad(example_loss), in_axes=(None, 0, 0))(w, xs, ys).shape)
