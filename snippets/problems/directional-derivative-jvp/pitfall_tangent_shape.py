import jax
import jax.numpy as jnp

x = jnp.array([0.5, -1.0, 2.0])

try:
    jax.jvp(jnp.tanh, (x,), (jnp.array([1.0, 0.0]),))  # a direction in R^2 for a point in R^3
except ValueError as err:
    print(f"{type(err).__name__}: {err}")

# A tangent lives where the input lives: same shape and dtype as x.
print(jax.jvp(jnp.tanh, (x,), (jnp.ones_like(x),))[1])
