import jax
import jax.numpy as jnp

x = jnp.array([0.5, -1.0, 2.0])
v = jnp.array([1.0, 0.0, 0.0])

try:
    jax.jvp(jnp.tanh, x, v)  # bare arrays, not tuples
except TypeError as err:
    print(f"{type(err).__name__}: {err}")

# One tuple entry per positional argument of the function:
print(jax.jvp(jnp.tanh, (x,), (v,)))
