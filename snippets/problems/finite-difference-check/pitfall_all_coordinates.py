import jax
import jax.numpy as jnp


def bumpy_bowl(x):
    return jnp.sum(jnp.sin(x)) + 0.5 * jnp.sum(x) ** 2


x = jnp.array([0.5, -1.0, 2.0])
eps = 1e-3

# Adding the scalar eps moves EVERY coordinate at once: one number, the slope along [1, 1, 1].
together = (bumpy_bowl(x + eps) - bumpy_bowl(x - eps)) / (2 * eps)
print(together)
print(jnp.sum(jax.grad(bumpy_bowl)(x)))  # ...which is the sum of the gradient's entries

# One coordinate at a time gives one entry each.
steps = eps * jnp.eye(3)
print(jnp.array([(bumpy_bowl(x + s) - bumpy_bowl(x - s)) / (2 * eps) for s in steps]))
