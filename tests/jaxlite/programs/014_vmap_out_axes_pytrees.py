"""vmap with out_axes and pytrees of inputs, outputs and axes."""

import jax
import jax.numpy as jnp

xs = jnp.arange(6.0).reshape(3, 2)
print(jax.vmap(lambda v: v * 3.0, out_axes=1)(xs))
print(jax.vmap(lambda v: jnp.stack([v, -v]), out_axes=2)(xs).shape)


def apply(params, x):
    return params["w"] * x + params["b"]


params = {"w": jnp.array([1.0, 2.0, 3.0]), "b": 0.5}
batch = jnp.array([1.0, 2.0, 3.0])
print(jax.vmap(apply, in_axes=({"w": 0, "b": None}, 0))(params, batch))
print(jax.vmap(apply, in_axes=(None, 0))({"w": 2.0, "b": 1.0}, batch))


def split_stats(v):
    return {"mean": jnp.mean(v), "pair": (v[0], v[-1])}


out = jax.vmap(split_stats)(xs)
print(out)
print(jax.vmap(lambda a, b: (a + b, b), in_axes=(0, None), out_axes=(0, None))(batch, 7.0))
