import jax
import jax.numpy as jnp


def loss(theta, x):
    return jnp.sum((x @ theta[:-1] + theta[-1]) ** 2)


theta = jnp.array([1.0, -1.0, 0.5])
x = jnp.array([[1.0, 2.0]])

# argnums=(0, 1) also differentiates x, and returns a tuple, not one array:
both = jax.grad(loss, argnums=(0, 1))(theta, x)
print(type(both).__name__, len(both))
print(jax.grad(loss)(theta, x))  # what you want: one array shaped like theta
