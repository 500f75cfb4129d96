"""Gradient over a flat (d+1,) parameter vector sliced inside the loss, compared with dict params, plus the loss's jaxpr."""
import jax
import jax.numpy as jnp

x = jnp.array([[1.0, 0.0, 2.0], [0.5, -1.0, 1.0], [2.0, 1.0, 0.0], [0.0, 0.0, 1.0]])


def loss_flat(theta, x):
    d = x.shape[1]
    w, b = theta[:d], theta[d]
    return jnp.sum((x @ w + b) ** 2)


def loss_dict(p, x):
    return jnp.sum((x @ p["w"] + p["b"]) ** 2)


theta = jnp.array([0.5, -0.25, 1.0, 0.1])
g = jax.grad(loss_flat)(theta, x)
print("flat grad:", g, g.shape)
gd = jax.grad(loss_dict)({"w": theta[:3], "b": theta[3]}, x)
print("dict grad:", gd)
print("same numbers:", bool(jnp.allclose(jnp.append(gd["w"], gd["b"]), g)))

pred = x @ theta[:3] + theta[3]
print("closed form:", jnp.concatenate([2 * x.T @ pred, jnp.array([2 * jnp.sum(pred)])]))


def loss_ignores_bias(theta, x):
    return jnp.sum((x @ theta[:3]) ** 2)


print("unused entry gets zero:", jax.grad(loss_ignores_bias)(theta, x))
both = jax.grad(loss_flat, argnums=(0, 1))(theta, x)
print("argnums=(0, 1):", type(both).__name__, [a.shape for a in both])

print(jax.make_jaxpr(loss_flat)(theta, x))
