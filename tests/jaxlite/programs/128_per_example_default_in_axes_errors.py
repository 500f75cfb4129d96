"""Per-example gradient mistakes: default in_axes, grad of vmap, and prints inside vmap."""
import jax
import jax.numpy as jnp


def example_loss(w, x, y):
    z = jnp.dot(w, x)
    return jax.nn.softplus(z) - y * z


w = jnp.array([1.0, -0.5, 0.25])
xs = jnp.array([[1.0, 2.0, 0.0], [0.0, 1.0, -1.0], [1.0, 1.0, 1.0], [2.0, 0.0, 0.5]])
ys = jnp.array([1.0, 0.0, 0.0, 1.0])

try:
    jax.vmap(jax.grad(example_loss))(w, xs, ys)
except ValueError as e:
    print("default in_axes:", type(e).__name__, "|", str(e).splitlines()[0])

try:
    jax.grad(jax.vmap(example_loss, in_axes=(None, 0, 0)))(w, xs, ys)
except TypeError as e:
    print("grad of vmap:", type(e).__name__, "|", str(e).splitlines()[0])

try:
    jax.vmap(jax.grad(example_loss), in_axes=(None, 0))(w, xs, ys)
except ValueError as e:
    print("in_axes too short:", type(e).__name__, "|", str(e).splitlines()[0])


def noisy_loss(w, x, y):
    z = jnp.dot(w, x)
    print("z inside:", z)
    print("type:", type(z).__name__, "shape:", z.shape)
    jax.debug.print("debug z = {z}", z=z)
    return jax.nn.softplus(z) - y * z


g = jax.vmap(jax.grad(noisy_loss), in_axes=(None, 0, 0))(w, xs, ys)
print("grads:", g)
print("batch-summed gradient shape:", jax.grad(lambda w: jnp.mean(jax.vmap(example_loss, in_axes=(None, 0, 0))(w, xs, ys)))(w).shape)
