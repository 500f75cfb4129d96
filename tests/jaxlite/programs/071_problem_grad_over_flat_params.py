"""Problem solution: gradient over flat parameters [w_1..w_d, b] of sum((x @ w + b)**2)."""

import jax
import jax.numpy as jnp


def grad_over_flat_params(flat_params, x):
    def objective(params):
        w, b = params[:-1], params[-1]
        return jnp.sum((x @ w + b) ** 2)

    return jax.grad(objective)(flat_params)


x = jnp.array([[1.0, 2.0], [3.0, -1.0], [0.5, 0.5]])
params = jnp.array([0.1, -0.2, 0.3])
g = grad_over_flat_params(params, x)
print(g)
print(g.shape)
residual = x @ params[:-1] + params[-1]
print(jnp.concatenate([2.0 * x.T @ residual, jnp.array([2.0 * jnp.sum(residual)])]))
key = jax.random.key(3)
kx, kp = jax.random.split(key)
big_x = jax.random.normal(kx, (8, 4))
big_params = jax.random.uniform(kp, (5,))
print(grad_over_flat_params(big_params, big_x))
