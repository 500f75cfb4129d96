"""jax.lax does no type promotion: same dtypes required, per-op accepted dtypes, C division."""

import jax
import jax.numpy as jnp
from jax import lax

f = jnp.ones(2)
i = jnp.array([7, -7])
b = jnp.array([True, False])
calls = {
    "add float array and float": lambda: lax.add(f, 1.0),
    "add int and float": lambda: lax.add(1, 1.0),
    "add float32 and int": lambda: lax.add(jnp.float32(1), 2),
    "mul mixed arrays": lambda: lax.mul(f, i),
    "sub bools": lambda: lax.sub(b, b),
    "max bools": lambda: lax.max(b, b),
    "div ints rounds toward zero": lambda: lax.div(i, jnp.array([2, 2])),
    "div by negative": lambda: lax.div(i, -2),
    "rem mixed": lambda: lax.rem(i, 2.0),
    "pow int base": lambda: lax.pow(i, 2),
    "pow float base, int exponent": lambda: lax.pow(2.0, 3),
    "lt mixed": lambda: lax.lt(f, i),
    "eq mixed": lambda: lax.eq(f, i),
    "exp of ints": lambda: lax.exp(i),
    "exp of a float": lambda: lax.exp(2.0),
    "abs of bools": lambda: lax.abs(b),
    "floor of ints": lambda: lax.floor(i),
    "neg of ints": lambda: lax.neg(i),
    "add a list": lambda: lax.add([1.0], f),
    "add None": lambda: lax.add(f, None),
    "logistic of ints": lambda: lax.logistic(i),
}
for name, call in calls.items():
    try:
        print(name, call())
    except TypeError as err:
        print(name, "->", repr(str(err)))

print(jax.grad(lambda x: lax.mul(x, x) + lax.exp(x) + lax.div(x, 2.0))(1.0))
print(jax.vmap(lambda x: lax.max(x, 0.0))(jnp.array([-1.0, 2.0])))
