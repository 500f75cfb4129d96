"""Gradients over dict, list, tuple and None-containing parameter pytrees."""

import jax
import jax.numpy as jnp

params = {"w": jnp.array([1.0, -1.0]), "b": 0.5, "extra": None}


def model(p, x):
    return jnp.sum((x * p["w"] + p["b"]) ** 2)


g = jax.grad(model)(params, jnp.array([2.0, 3.0]))
print(g)
print(sorted(g.keys()))
print(jax.grad(lambda ps: ps[0] * ps[1] ** 2)([2.0, 3.0]))
print(jax.grad(lambda t: t[0] + 2.0 * t[1][0])((1.0, (2.0, None))))
layers = [{"w": jnp.ones(2), "b": 0.0}, {"w": jnp.full(2, 2.0), "b": 1.0}]
print(jax.grad(lambda ls: sum(jnp.sum(layer["w"]) * layer["b"] for layer in ls))(layers))
print({"z": 1, "a": 2, "m": 3})
print(jax.tree_util.tree_leaves({"z": 1, "a": 2, "m": 3}))
