import jax
import jax.numpy as jnp

# A setting stored beside the arrays becomes a leaf too, and jax.grad rejects it.
params = {"w": jnp.array([1.0, -2.0]), "activation": "tanh"}


def loss(p, x):
    act = jnp.tanh if p["activation"] == "tanh" else jax.nn.relu
    return jnp.sum(act(x * p["w"]))


x = jnp.array([0.5, 1.0])
try:
    jax.grad(loss)(params, x)
except TypeError as err:
    print(f"TypeError: {err}")

# Keep only arrays in what you differentiate; pass settings some other way.
print(jax.grad(lambda p, x: jnp.sum(jnp.tanh(x * p["w"])))({"w": params["w"]}, x))
