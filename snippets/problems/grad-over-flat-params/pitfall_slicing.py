import jax
import jax.numpy as jnp


def loss(theta, x):
    d = x.shape[1]  # shapes are plain Python ints, even while JAX traces
    w, b = theta[:d], theta[d]  # slicing a traced array is differentiable
    return jnp.sum((x @ w + b) ** 2)


x = jnp.array([[1.0, 2.0], [0.0, -1.0]])
print(jax.grad(loss)(jnp.array([0.5, 0.5, 0.0]), x))

# An unused entry still gets a gradient: zero, not None.
print(jax.grad(lambda t: t[0] ** 2)(jnp.array([3.0, 4.0])))
