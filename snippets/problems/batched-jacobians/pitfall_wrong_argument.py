import jax
import jax.numpy as jnp


def fingertip(lengths, angles):
    directions = jnp.cumsum(angles)
    return jnp.stack([jnp.sum(lengths * jnp.cos(directions)),
                      jnp.sum(lengths * jnp.sin(directions))])


lengths = jnp.array([1.0, 0.5, 0.25])
angles = jnp.array([[0.1, 0.2, 0.3], [0.5, -0.5, 1.0]])

# jacfwd differentiates argument 0 by default: here the lengths, which also have n entries.
wrong = jax.vmap(jax.jacfwd(fingertip), in_axes=(None, 0))(lengths, angles)
right = jax.vmap(jax.jacfwd(fingertip, argnums=1), in_axes=(None, 0))(lengths, angles)

print(wrong.shape, right.shape)  # the same shape: nothing raises
print("d tip / d lengths:\n", wrong[0])
print("d tip / d angles:\n", right[0])
