"""Gradient descent on a linear regression, 100 steps, printing the loss as it falls."""

import jax
import jax.numpy as jnp

kx, kn = jax.random.split(jax.random.key(0))
X = jax.random.normal(kx, (20, 3))
true_w = jnp.array([2.0, -1.0, 0.5])
y = X @ true_w + 0.3 + 0.01 * jax.random.normal(kn, (20,))


def mse(params, X, y):
    pred = X @ params["w"] + params["b"]
    return jnp.mean((pred - y) ** 2)


params = {"w": jnp.zeros(3), "b": 0.0}
step_fn = jax.jit(jax.value_and_grad(mse))
for step in range(100):
    loss, grads = step_fn(params, X, y)
    params = jax.tree.map(lambda p, g: p - 0.1 * g, params, grads)
    if step % 20 == 0:
        print(f"step {step:3d} loss {loss:.6f}")
print("final loss", mse(params, X, y))
print("w", params["w"])
print("b", params["b"])
