"""Operands whose shapes cannot broadcast: ValueError across ranks, lax's TypeError within one."""

import jax
import jax.numpy as jnp

labels = jnp.array([0, 2, 1, 1])
one_hot_rows = jnp.ones((4, 3))
attempts = {
    "multiply": lambda: labels * one_hot_rows,
    "subtract": lambda: jnp.subtract(jnp.ones(2), jnp.ones(3)),
    "divide": lambda: jnp.ones((2, 3)) / jnp.ones((3, 2)),
    "maximum": lambda: jnp.maximum(jnp.zeros(5), jnp.zeros((5, 2))),
    "where": lambda: jnp.where(jnp.ones(4) > 0, jnp.ones(4), one_hot_rows),
    "where, one rank": lambda: jnp.where(jnp.ones(4) > 0, jnp.ones(4), jnp.ones(3)),
    "where, condition": lambda: jnp.where(jnp.ones(2) > 0, jnp.ones(4), jnp.ones(4)),
    "comparison": lambda: jnp.ones(3) < jnp.ones(2),
    "inside grad": lambda: jax.grad(lambda w: jnp.sum(w * one_hot_rows))(jnp.ones(4)),
    "inside vmap": lambda: jax.vmap(lambda r: r + jnp.ones(4))(one_hot_rows),
}
for name, attempt in attempts.items():
    try:
        attempt()
    except (TypeError, ValueError) as err:
        print(f"{name}: {type(err).__name__}: {err}")

# The fix: give the labels a trailing axis, or turn them into one-hot rows.
print(labels[:, None] * one_hot_rows)
print(jax.nn.one_hot(labels, 3) * one_hot_rows)

for shapes in [((2,), (3,)), ((2, 1), (3, 4, 5))]:
    try:
        jnp.broadcast_shapes(*shapes)
    except ValueError as err:
        print(f"broadcast_shapes: ValueError: {err}")
