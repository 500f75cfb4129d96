import jax
import jax.numpy as jnp


def fingertip(lengths, angles):
    directions = jnp.cumsum(angles)
    return jnp.stack([jnp.sum(lengths * jnp.cos(directions)),
                      jnp.sum(lengths * jnp.sin(directions))])


batched_jacobian = jax.vmap(jax.jacfwd(fingertip, argnums=1), in_axes=(None, 0))
lengths = jnp.array([1.0, 0.5, 0.25])
pose = jnp.array([0.1, 0.2, 0.3])  # ONE configuration, shape (3,)

# vmap splits axis 0 of whatever it gets: here three "configurations" of one scalar angle.
print(batched_jacobian(lengths, pose).shape)  # (3, 2): no error, wrong meaning

# A batch of one has shape (1, 3).
print(batched_jacobian(lengths, pose[None, :]).shape)
print(jax.jacfwd(fingertip, argnums=1)(lengths, pose).shape)  # or skip vmap for one pose
