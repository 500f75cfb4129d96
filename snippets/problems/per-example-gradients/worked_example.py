import jax
import jax.numpy as jnp


def squared_error(params, x, y):
    """Loss of one example for the line y ≈ slope * x + intercept."""
    slope, intercept = params
    return (slope * x + intercept - y) ** 2


params = jnp.array([2.0, -1.0])
xs = jnp.array([0.0, 1.0, 2.0, 3.0])
ys = jnp.array([-1.5, 1.5, 2.5, 8.0])  # the last point is an outlier

# One gradient for one example...
print(jax.grad(squared_error)(params, xs[3], ys[3]))

# ...and one per example: params shared (None), x and y split along axis 0.
grads = jax.vmap(jax.grad(squared_error), in_axes=(None, 0, 0))(params, xs, ys)
print(grads.shape)
print(grads)

# Each row's size shows which example pulls hardest: the outlier.
print(jnp.linalg.norm(grads, axis=1))

# Their mean is the gradient of the mean loss.
def mean_loss(params):
    return jnp.mean(jax.vmap(squared_error, in_axes=(None, 0, 0))(params, xs, ys))


print(jnp.allclose(grads.mean(axis=0), jax.grad(mean_loss)(params)))
