import jax
import jax.numpy as jnp

x = jnp.array([[1.0, 2.0], [0.0, -1.0]])
y = jnp.array([1.0, 0.0])


def loss(p):
    return jnp.mean((x @ p["layer"]["w"] - y) ** 2)


def step_in_place(params, lr):
    value, grads = jax.value_and_grad(loss)(params)
    # Arrays cannot change, but dicts can: this stores a new array in the caller's dict.
    params["layer"]["w"] = params["layer"]["w"] - lr * grads["layer"]["w"]
    return params, value


params = {"layer": {"w": jnp.array([1.0, -1.0])}}
new_params, _ = step_in_place(params, 0.1)
print(params["layer"]["w"], new_params is params)  # the "old" parameters are gone

# jax.tree.map builds new containers and leaves the argument as it was.
params = {"layer": {"w": jnp.array([1.0, -1.0])}}
value, grads = jax.value_and_grad(loss)(params)
new_params = jax.tree.map(lambda p, g: p - 0.1 * g, params, grads)
print(params["layer"]["w"], new_params["layer"]["w"])
