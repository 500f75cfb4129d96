"""Training step pitfalls: swapped value_and_grad unpacking, maximum vs relu at 0, in-place dict update."""
import jax
import jax.numpy as jnp

params = {
    "hidden": {"w": jnp.array([[1.0, -1.0], [0.5, 0.0]]), "b": jnp.zeros(2)},
    "output": {"w": jnp.array([[1.0], [2.0]]), "b": jnp.zeros(1)},
}
x = jnp.array([[0.0, 0.0], [1.0, 1.0]])
y = jnp.array([[1.0], [0.0]])


def make_loss(act):
    def loss(p):
        h = act(x @ p["hidden"]["w"] + p["hidden"]["b"])
        return jnp.mean((h @ p["output"]["w"] + p["output"]["b"] - y) ** 2)
    return loss


relu_loss = make_loss(jax.nn.relu)
max_loss = make_loss(lambda z: jnp.maximum(z, 0.0))
g_relu = jax.grad(relu_loss)(params)
g_max = jax.grad(max_loss)(params)
print("values equal:", bool(relu_loss(params) == max_loss(params)))
print("hidden b grad relu:", g_relu["hidden"]["b"])
print("hidden b grad max :", g_max["hidden"]["b"])
print("relu slope at 0:", jax.grad(jax.nn.relu)(0.0), "maximum slope at 0:", jax.grad(lambda z: jnp.maximum(z, 0.0))(0.0))

# in-place update of the caller's dict
def bad_step(p, lr):
    g = jax.grad(relu_loss)(p)
    p["output"]["b"] = p["output"]["b"] - lr * g["output"]["b"]
    return p

before = params["output"]["b"]
updated = bad_step(params, 0.1)
print("caller's dict changed:", not bool(jnp.array_equal(params["output"]["b"], before)))
print("same dict object returned:", updated is params)
print("old b:", before, "new b:", params["output"]["b"])

# swapped unpacking
grads, value = jax.value_and_grad(relu_loss)(params)
print("'grads' is:", type(grads).__name__, grads.shape)
try:
    jax.tree.map(lambda p, g: p - 0.1 * g, params, grads)
except Exception as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
