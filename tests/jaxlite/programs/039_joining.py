"""concatenate, stack, hstack, vstack, broadcast_to."""

import jax
import jax.numpy as jnp

x = jnp.array([1.0, 2.0])
y = jnp.array([3.0, 4.0])
print(jnp.concatenate([x, y]))
print(jnp.concatenate([x[None], y[None]], axis=0))
print(jnp.concatenate([jnp.ones((2, 1)), jnp.zeros((2, 2))], axis=1))
print(jnp.stack([x, y]))
print(jnp.stack([x, y], axis=1))
print(jnp.stack([x, y], axis=-1).shape)
print(jnp.hstack([x, y]))
print(jnp.hstack([jnp.ones((2, 1)), jnp.zeros((2, 1))]))
print(jnp.vstack([x, y]))
print(jnp.vstack([jnp.ones((1, 2)), jnp.zeros((2, 2))]))
print(jnp.broadcast_to(x, (3, 2)))
print(jnp.broadcast_to(jnp.array(5), (2,)))
print(repr(jnp.concatenate([jnp.array([1, 2]), jnp.array([3.5])])))
print(jax.grad(lambda a: jnp.sum(jnp.stack([a, 2 * a]) ** 2))(x))
print(jax.grad(lambda a: jnp.sum(jnp.broadcast_to(a, (3, 2))))(x))
