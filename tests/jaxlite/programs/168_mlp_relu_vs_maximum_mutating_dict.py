"""MLP train step: jnp.maximum vs jax.nn.relu at exact zeros, swapped value_and_grad pair, in-place dict update."""
import jax
import jax.numpy as jnp

params = {"hidden": {"w": jnp.array([[1.0, -1.0], [0.5, 0.5]]), "b": jnp.zeros(2)},
          "output": {"w": jnp.array([[1.0], [2.0]]), "b": jnp.array([0.0])}}
x = jnp.array([[0.0, 0.0], [1.0, 2.0], [2.0, -2.0]])
y = jnp.array([[1.0], [0.0], [1.0]])


def make_loss(act):
    def loss(p):
        h = act(x @ p["hidden"]["w"] + p["hidden"]["b"])
        return jnp.mean((h @ p["output"]["w"] + p["output"]["b"] - y) ** 2)
    return loss


g_relu = jax.grad(make_loss(jax.nn.relu))(params)
g_max = jax.grad(make_loss(lambda z: jnp.maximum(z, 0.0)))(params)
print("relu hidden b grad:", g_relu["hidden"]["b"])
print("maximum hidden b grad:", g_max["hidden"]["b"])
print("relu'(0):", jax.grad(jax.nn.relu)(0.0), "maximum'(0):", jax.grad(lambda z: jnp.maximum(z, 0.0))(0.0))
print("abs'(0):", jax.grad(jnp.abs)(0.0), "minimum'(0):", jax.grad(lambda z: jnp.minimum(z, 0.0))(0.0))


def train_step(p, lr):
    loss, grads = jax.value_and_grad(make_loss(jax.nn.relu))(p)
    return jax.tree.map(lambda a, g: a - lr * g, p, grads), loss


new, loss = train_step(params, 0.1)
print("loss:", loss, "new output b:", new["output"]["b"])
try:
    grads, loss = jax.value_and_grad(make_loss(jax.nn.relu))(params)
    jax.tree.map(lambda a, g: a - 0.1 * g, params, grads)
except Exception as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])


def bad_step(p, lr):
    grads = jax.grad(make_loss(jax.nn.relu))(p)
    for layer in p:
        for k in p[layer]:
            p[layer][k] = p[layer][k] - lr * grads[layer][k]
    return p


import copy
keep = copy.deepcopy(params)
out = bad_step(params, 0.1)
print("caller dict changed:", not bool(jnp.array_equal(params["output"]["b"], keep["output"]["b"])))
print("returned is same object:", out is params)
try:
    keep["output"]["b"][0] = 5.0
except TypeError as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
print("at set:", keep["output"]["b"].at[0].set(5.0), "original:", keep["output"]["b"])
