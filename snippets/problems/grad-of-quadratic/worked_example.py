import jax
import jax.numpy as jnp


def scaled_energy(scale, v):
    return scale * jnp.sum(v**2)


v = jnp.array([1.0, -2.0, 0.5])

# Argument 0 (scale) by default: d/d scale = sum(v**2)
print(jax.grad(scaled_energy)(3.0, v))

# argnums=1 differentiates v instead: 2 * scale * v
print(jax.grad(scaled_energy, argnums=1)(3.0, v))

# A tuple of argnums gives a tuple of gradients, one per argument
d_scale, d_v = jax.grad(scaled_energy, argnums=(0, 1))(3.0, v)
print(d_scale, d_v)
