import jax
import jax.numpy as jnp

params = {"w": jnp.array([[1.0], [2.0]]), "b": jnp.array([0.0])}
x = jnp.array([[1.0, -1.0], [0.5, 0.5], [2.0, 0.0]])
y = jnp.array([[0.0], [1.0], [1.0]])


def loss(x, y, params):  # the data first...
    return jnp.mean((x @ params["w"] + params["b"] - y) ** 2)


# ...so jax.grad differentiates x: an array shaped like the inputs, not a dict.
print(jax.grad(loss)(x, y, params).shape)

# argnums=2 (or putting params first) gives the gradient tree of the parameters.
print(jax.grad(loss, argnums=2)(x, y, params))
