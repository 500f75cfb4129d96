import jax
import jax.numpy as jnp


def fingertip(lengths, angles):
    directions = jnp.cumsum(angles)
    return jnp.stack([jnp.sum(lengths * jnp.cos(directions)),
                      jnp.sum(lengths * jnp.sin(directions))])


lengths = jnp.array([1.0, 0.5, 0.25])  # shared by every pose: 3 links
poses = jnp.zeros((5, 3))  # a batch of 5 configurations

try:
    # in_axes defaults to 0 for every argument, so vmap also splits the lengths: 3 vs 5.
    jax.vmap(jax.jacfwd(fingertip, argnums=1))(lengths, poses)
except ValueError as err:
    print(f"ValueError: {err}")

print(jax.vmap(jax.jacfwd(fingertip, argnums=1), in_axes=(None, 0))(lengths, poses).shape)
