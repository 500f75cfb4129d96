"""jnp, jax.nn and jax.scipy.special refuse Python lists and tuples where an array belongs."""

import jax
import jax.numpy as jnp
from jax.scipy import special

x = jnp.array([1.0, -2.0, 3.0])
calls = {
    "sum of a list": lambda: jnp.sum([1, 2, 3]),
    "mean of a tuple": lambda: jnp.mean((1.0, 2.0)),
    "exp of a list": lambda: jnp.exp([0.0, 1.0]),
    "abs reports absolute": lambda: jnp.abs([-1.0]),
    "add, second argument": lambda: jnp.add(x, [1.0, 2.0, 3.0]),
    "dot": lambda: jnp.dot([1.0, 2.0], [3.0, 4.0]),
    "where's branches": lambda: jnp.where(x > 0, [1.0, 2.0, 3.0], 0.0),
    "clip's bound": lambda: jnp.clip(x, [0.0, 0.0, 0.0], 1.0),
    "full's fill value": lambda: jnp.full((2,), [1.0, 2.0]),
    "stack of lists": lambda: jnp.stack([x, [1.0, 2.0, 3.0]]),
    "concatenate of lists": lambda: jnp.concatenate([x, [4.0]]),
    "einsum operand": lambda: jnp.einsum("i,i->", x, [1.0, 2.0, 3.0]),
    "reshape": lambda: jnp.reshape([1, 2], (2, 1)),
    "sum of None": lambda: jnp.sum(None),
    "norm": lambda: jnp.linalg.norm([3.0, 4.0]),
    "relu reports maximum": lambda: jax.nn.relu([1.0, -1.0]),
    "sigmoid reports logistic": lambda: jax.nn.sigmoid([1.0]),
    "softmax reports max": lambda: jax.nn.softmax([1.0, 2.0]),
    "softplus": lambda: jax.nn.softplus([1.0]),
    "log_softmax": lambda: jax.nn.log_softmax([1.0, 2.0]),
    "logsumexp": lambda: special.logsumexp([1.0, 2.0]),
    "xlogy": lambda: special.xlogy(1.0, [2.0]),
}
for name, call in calls.items():
    try:
        print(name, call())
    except TypeError as err:
        print(name, "->", err)

# what does accept Python sequences
print(jnp.array([1, 2, 3]), jnp.asarray((1.0, 2.0)), jnp.stack([1.0, 2.0]))
print(jax.nn.one_hot([0, 2], 3))
print(jnp.sum(jnp.asarray([1, 2, 3])), jnp.where(x > 0, x, 0.0))
