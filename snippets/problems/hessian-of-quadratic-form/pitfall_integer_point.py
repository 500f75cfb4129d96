import jax
import jax.numpy as jnp

a = jnp.array([[2.0, 1.0], [1.0, 3.0]])


def form(x):
    return x @ a @ x


try:
    jax.hessian(form)(jnp.array([1, 2]))  # integer entries make an int32 array
except TypeError as err:
    print(f"{type(err).__name__}: {err}")

print(jax.hessian(form)(jnp.array([1.0, 2.0])))
