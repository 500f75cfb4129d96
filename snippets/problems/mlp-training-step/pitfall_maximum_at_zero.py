import jax
import jax.numpy as jnp

# Pre-activations with one entry exactly at the kink.
z = jnp.array([-1.0, 0.0, 2.0])

# jnp.maximum shares a tie between its two arguments: slope 0.5 at exactly 0.
print(jax.grad(lambda z: jnp.sum(jnp.maximum(z, 0.0)))(z))

# jax.nn.relu uses slope 0 there, the usual convention for ReLU.
print(jax.grad(lambda z: jnp.sum(jax.nn.relu(z)))(z))
