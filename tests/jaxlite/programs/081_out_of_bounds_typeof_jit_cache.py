"""Out-of-bounds gathers and scatters by mode, jnp.take's fill default, jax.typeof, devices,
boolean masks under jit, and jit's trace cache shared by every jit(f) of one function."""

import re

import jax
import jax.numpy as jnp

x = jnp.arange(10.0)
m = jnp.arange(12.0).reshape(3, 4)
calls = {
    "get, default clamps": lambda: x.at[11].get(),
    "get fill NaN": lambda: x.at[11].get(mode="fill"),
    "get fill value": lambda: x.at[-11].get(mode="fill", fill_value=-1),
    "get fill array index": lambda: x.at[jnp.array([1, 12, -3])].get(mode="fill", fill_value=0.5),
    "get drop": lambda: x.at[jnp.array([1, 12])].get(mode="drop"),
    "int fill default": lambda: jnp.arange(10).at[11].get(mode="fill"),
    "bool fill default": lambda: (jnp.arange(4) > 1).at[7].get(mode="fill"),
    "2-d fill": lambda: m.at[jnp.array([0, 5]), 1:3].get(mode="fill", fill_value=-1.0),
    "ellipsis fill": lambda: m.at[..., jnp.array([0, 4])].get(mode="fill"),
    "set drops by default": lambda: x.at[11].set(5.0),
    "add clip": lambda: x.at[jnp.array([1, 12])].add(5.0, mode="clip"),
    "2-d set clip": lambda: m.at[jnp.array([0, 3]), jnp.array([1, 2])].set(100.0, mode="clip"),
    "unknown mode": lambda: x.at[1].get(mode="bogus"),
    "take fills": lambda: jnp.take(x, jnp.array([1, 12, -1, -12])),
    "take int": lambda: jnp.take(jnp.arange(5), 9),
    "take clip": lambda: jnp.take(x, 12, mode="clip"),
    "take axis 1": lambda: jnp.take(m, jnp.array([0, 4]), axis=1, fill_value=3.0),
    "take_along_axis": lambda: jnp.take_along_axis(x, jnp.array([1, 12]), axis=0),
}
for name, call in calls.items():
    try:
        print(name, call())
    except ValueError as err:
        print(name, "->", err)

sq = lambda v: jnp.sum(v.at[jnp.array([0, 2, 9])].get(mode="fill", fill_value=0.0) ** 2)  # noqa: E731
print(jax.grad(sq)(jnp.arange(4.0)))
print(jax.vmap(lambda v, i: v.at[i].get(mode="fill", fill_value=-1.0))(m, jnp.array([0, 4, 2])))

print(jax.typeof(jnp.ones((3, 3))), jax.typeof(1.0), jax.typeof(jnp.float32(1)))
print(jax.typeof(jax.random.key(0)), jax.typeof(jnp.arange(3) > 1), jax.typeof(3))
print(repr(jax.typeof(jnp.ones(2))), repr(jax.typeof(2.0)))


def show_type(v):
    print("inside:", jax.typeof(v))
    return v


jax.jit(show_type)(2.0)
jax.grad(show_type)(2.0)
jax.vmap(show_type)(jnp.ones((2, 3)))
print(jnp.ones(3).devices(), jax.devices(), jnp.ones(3).sharding)


def negatives(v):
    return v[v < 0]


v = jnp.array([1.0, -2.0, 3.0, -4.0])
print(negatives(v))
for transform in (jax.jit, jax.vmap):
    try:
        transform(negatives)(v[None] if transform is jax.vmap else v)
    except IndexError as err:
        print(type(err).__name__, err)
try:
    jax.jit(lambda v: jnp.where(v < 0))(v)
except jax.errors.ConcretizationTypeError as err:
    print(str(err).splitlines()[:2])


def side_effect(a):
    print("tracing")
    return a


print(jax.jit(side_effect)(4.0))
print(jax.jit(side_effect)(5.0))  # a new jit of the same function reuses the trace
print(jax.jit(side_effect)(jnp.array([5.0])))


class Model:
    def __init__(self, w):
        self.w = w

    @jax.jit
    def apply(self, v):
        return self.w * v


try:
    Model(2.0).apply(3.0)
except TypeError as err:
    print(re.sub("0x[0-9a-f]+", "0x..", str(err)))
