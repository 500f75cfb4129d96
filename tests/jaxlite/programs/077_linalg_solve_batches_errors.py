"""jnp.linalg.solve: vector and matrix right-hand sides, batches, broadcasting, shape errors."""

import jax
import jax.numpy as jnp

a = jnp.array([[3.0, 1.0], [1.0, 2.0]])
batch = jnp.stack([a, 2 * a, jnp.eye(2)])
cases = {
    "vector rhs": (a, jnp.array([1.0, -1.0])),
    "matrix rhs": (a, jnp.array([[1.0, 0.0, 2.0], [0.0, 1.0, -1.0]])),
    "batched a, vector b": (batch, jnp.ones(2)),
    "batched a and b": (batch, jnp.arange(6.0).reshape(3, 2, 1)),
    "broadcast a": (a, jnp.arange(12.0).reshape(3, 2, 2)),
    "integers": (jnp.array([[2, 0], [0, 4]]), jnp.array([2, 2])),
    "1-d a": (jnp.ones(2), jnp.eye(2)),
    "non-square a": (jnp.ones((2, 3)), jnp.ones(2)),
    "size mismatch": (a, jnp.ones(3)),
    "matrix rhs mismatch": (a, jnp.ones((3, 2))),
    "old batched 1-d": (batch, jnp.ones((3, 2)).at[0].set(2.0)),
    "batch mismatch": (batch, jnp.ones((2, 2, 1))),
}
for name, (lhs, rhs) in cases.items():
    try:
        print(name, jnp.linalg.solve(lhs, rhs))
    except (ValueError, TypeError) as err:
        print(name, f"{type(err).__name__}: {err}")

print(jax.grad(lambda m: jnp.sum(jnp.linalg.solve(m, jnp.ones(2))))(a))
print(jax.jacfwd(lambda v: jnp.linalg.solve(batch, v))(jnp.ones(2)).shape)
print(jnp.linalg.inv(batch))
