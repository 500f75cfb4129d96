"""namedtuples as parameter containers: grad returns the same namedtuple type."""

from typing import NamedTuple

import jax
import jax.numpy as jnp


class Params(NamedTuple):
    weight: jax.Array
    bias: float


def loss(p, x, y):
    return jnp.mean((p.weight * x + p.bias - y) ** 2)


p = Params(weight=jnp.array(2.0), bias=0.5)
x = jnp.array([1.0, 2.0, 3.0])
y = jnp.array([2.0, 4.0, 7.0])
g = jax.grad(loss)(p, x, y)
print(g)
print(type(g).__name__, g.weight, g.bias)
print(jax.tree_util.tree_structure(p))
new = jax.tree.map(lambda a, b: a - 0.1 * b, p, g)
print(new)
print(loss(new, x, y) < loss(p, x, y))
