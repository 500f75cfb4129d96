import jax
import jax.numpy as jnp

params = {"w": jnp.array([1.0, -1.0]), "b": jnp.float32(0.5)}
x = jnp.array([[1.0, 2.0], [0.0, -1.0]])
y = jnp.array([1.0, 0.0])


def loss(p):
    return jnp.mean((x @ p["w"] + p["b"] - y) ** 2)


grads, value = jax.value_and_grad(loss)(params)  # the pair is (value, grads)

# "grads" is now the scalar loss: one leaf where params has a dict of two.
try:
    jax.tree.map(lambda p, g: p - 0.1 * g, params, grads)
except ValueError as err:
    print(f"ValueError: {err}")

value, grads = jax.value_and_grad(loss)(params)
print(jax.tree.map(lambda p, g: p - 0.1 * g, params, grads))
