import jax
import jax.numpy as jnp

# Two states that lead to each other; value v[s] satisfies v = b + 0.9 * P @ v.
b = jnp.array([1.0, -0.5])  # reward on leaving each state
P = jnp.array([[0.0, 1.0], [1.0, 0.0]])  # state 0 -> 1, state 1 -> 0


def bellman_loss(v):
    target = jax.lax.stop_gradient(b + 0.9 * P @ v)  # built from v, held fixed
    return 0.5 * jnp.sum((v - target) ** 2)


v = jnp.zeros(2)
print(jax.grad(bellman_loss)(v))  # at v = 0 the target is just b: the gradient is v - b

# With the target frozen, a gradient step of size 1 sets v to its own target: v <- b + 0.9 P v.
for _ in range(200):
    v = v - 1.0 * jax.grad(bellman_loss)(v)
print(v)
print(jnp.linalg.solve(jnp.eye(2) - 0.9 * P, b))  # the exact solution of v = b + 0.9 P v
