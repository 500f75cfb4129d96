import jax
import jax.numpy as jnp

# Parameters as a dict: the gradient comes back as a dict with the same keys.
params = {"scale": jnp.array([2.0, -1.0]), "shift": jnp.array(0.5)}
inputs = jnp.array([[1.0, 0.0], [0.5, 2.0], [-1.0, 1.0]])


def loss(p, inputs):
    outputs = inputs @ p["scale"] + p["shift"]
    return jnp.mean(outputs**2)


grads = jax.grad(loss)(params, inputs)
print(grads)
print(jax.tree.structure(grads) == jax.tree.structure(params))

# The same parameters packed into one flat vector: the gradient is one flat vector.
flat = jnp.concatenate([params["scale"], params["shift"][None]])


def flat_loss(theta, inputs):
    return loss({"scale": theta[:2], "shift": theta[2]}, inputs)


print(jax.grad(flat_loss)(flat, inputs))
