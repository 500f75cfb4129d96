import jax
import jax.numpy as jnp

w = jnp.array([[1.0, -1.0], [0.5, 2.0], [0.0, 1.0]])


def layer(x):
    return jnp.tanh(w @ x)


x = jnp.array([0.2, -0.4])
jac = jax.jacrev(layer)(x)
print(jac.shape)  # (3 outputs, 2 inputs)

dx = jnp.array([1e-3, 2e-3])  # a small step in the input
try:
    print(dx @ jac)  # treats the rows as inputs
except TypeError as err:
    print(f"{type(err).__name__}: {err}")

# The Jacobian maps an input step to an output change: jac @ dx.
print(jac @ dx)
print(layer(x + dx) - layer(x))
