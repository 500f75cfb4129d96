import jax
import jax.numpy as jnp


def residuals(w, x):
    return (w * x) ** 2  # one value per point: not a scalar


try:
    jax.grad(residuals)(1.0, jnp.array([1.0, 2.0, 3.0]))
except TypeError as err:
    print(f"TypeError: {err}")

# Reduce to a scalar first:
print(jax.grad(lambda w, x: jnp.sum(residuals(w, x)))(1.0, jnp.array([1.0, 2.0, 3.0])))
