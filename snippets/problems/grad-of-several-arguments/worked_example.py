import jax
import jax.numpy as jnp


def box_volume(length, width, height):
    return length * width * height


# A tuple of argnums returns a tuple of gradients, in the order the tuple lists them.
d_length, d_height = jax.grad(box_volume, argnums=(0, 2))(2.0, 3.0, 4.0)
print("d/d length:", d_length, " d/d height:", d_height)

# Any pytree can be an argument; each gradient has the shape of its argument.
def weighted_error(scale, offsets, targets):
    return jnp.sum((scale * targets + offsets) ** 2)


grads = jax.grad(weighted_error, argnums=(0, 1))(0.5, jnp.array([1.0, -1.0]), jnp.ones(2))
print(type(grads).__name__, [g.shape for g in grads])
print(grads)
