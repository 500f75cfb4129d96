import jax
import jax.numpy as jnp

x = jnp.array([[1.0, -1.0]])

# An identity start written with integer literals: the weight matrix is int32.
layers = [(jnp.array([[1, 0], [0, 1]]), jnp.zeros(2))]


def loss(layers):
    w, b = layers[0]
    return jnp.sum(jnp.tanh(x @ w + b))


try:
    jax.grad(loss)(layers)
except TypeError as err:
    print(f"TypeError: {err}")

# jnp.eye (or 1.0 instead of 1) gives float32 and a gradient.
print(jax.grad(loss)([(jnp.eye(2), jnp.zeros(2))]))
