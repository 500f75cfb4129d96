import jax
import jax.numpy as jnp


def loss(w, b, x):
    return jnp.sum((w * x + b) ** 2)


x = jnp.array([1.0, 2.0])
print(jax.grad(loss)(0.5, 1.0, x))  # argnums=0: this is d/dw ...
print(jax.grad(loss, argnums=1)(0.5, 1.0, x))  # ... and this is d/db

try:
    jax.grad(loss, argnums=3)(0.5, 1.0, x)  # there is no fourth argument
except TypeError as err:
    print(f"TypeError: {err}")
