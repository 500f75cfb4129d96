import jax
import jax.numpy as jnp


def fingertip(lengths, angles):
    directions = jnp.cumsum(angles)
    return jnp.stack([jnp.sum(lengths * jnp.cos(directions)),
                      jnp.sum(lengths * jnp.sin(directions))])


lengths = jnp.array([1.0, 0.5, 0.25])
angles = jnp.array([[0.1, 0.2, 0.3], [0.5, -0.5, 1.0], [0.0, 0.0, 0.0], [1.0, 1.0, -2.0]])


def all_fingertips(angles):
    return jax.vmap(fingertip, in_axes=(None, 0))(lengths, angles)  # shape (4, 2)


# The Jacobian of the whole batch: every output against every input, of every configuration.
full = jax.jacfwd(all_fingertips)(angles)
print(full.shape)  # (4, 2, 4, 3), not (4, 2, 3)

# Configuration i's tip does not depend on configuration k's angles: off-diagonal blocks are 0.
print("block [0, :, 1, :] =", full[0, :, 1, :].tolist())

# Only the diagonal blocks carry information: N times the work, mostly spent on zeros.
batched = jax.vmap(jax.jacfwd(fingertip, argnums=1), in_axes=(None, 0))(lengths, angles)
print(jnp.allclose(full[jnp.arange(4), :, jnp.arange(4), :], batched))
