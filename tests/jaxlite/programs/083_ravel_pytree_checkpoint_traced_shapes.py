"""jax.flatten_util.ravel_pytree, jax.ad_checkpoint names and policies, shapes that are traced."""

import jax
import jax.numpy as jnp
from jax.ad_checkpoint import checkpoint_name
from jax.flatten_util import ravel_pytree

params = {"w": jnp.ones((2, 2)), "b": (1.0, jnp.arange(3))}
flat, unravel = ravel_pytree(params)
print(repr(flat))
print(unravel(flat))
print(unravel(flat * 2))
print(ravel_pytree([])[0], ravel_pytree((jnp.ones(2), 3))[0])
try:
    unravel(jnp.ones(3))
except ValueError as err:
    print("ValueError:", err)
print(jax.grad(lambda v: jnp.sum(unravel(v)["w"] ** 2))(flat))

policies = jax.checkpoint_policies
print(policies.nothing_saveable.__name__, policies.save_only_these_names("a"))
print(checkpoint_name(jnp.ones(2), "a"))


def block(x):
    return jnp.sin(checkpoint_name(jnp.cos(x), "c"))


print(jax.grad(jax.checkpoint(block, policy=policies.dots_with_no_batch_dims_saveable))(1.0))
print(jax.grad(jax.checkpoint(block, policy=policies.save_only_these_names("c")))(2.0))

for make in (lambda n: jnp.ones((n,)), lambda n: jnp.zeros((2, n)), lambda n: jnp.full((n,), 1.0)):
    try:
        jax.jit(make)(3)
    except TypeError as err:
        print("TypeError:", err)
