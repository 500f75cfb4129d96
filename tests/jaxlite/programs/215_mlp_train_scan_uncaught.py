"""Tiny MLP trained with lax.scan over epochs; the learner then differentiates a vector loss and it fails uncaught."""
import jax
import jax.numpy as jnp

key = jax.random.PRNGKey(1)
k1, k2 = jax.random.split(key)
params = {"w1": jax.random.normal(k1, (2, 4)) * 0.5, "b1": jnp.zeros(4),
          "w2": jax.random.normal(k2, (4, 1)) * 0.5, "b2": jnp.zeros(1)}
X = jnp.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
Y = jnp.array([[0.0], [1.0], [1.0], [0.0]])


def forward(p, x):
    h = jnp.tanh(x @ p["w1"] + p["b1"])
    return h @ p["w2"] + p["b2"]


def loss(p):
    return jnp.mean((forward(p, X) - Y) ** 2)


def epoch(p, _):
    l, g = jax.value_and_grad(loss)(p)
    return jax.tree_util.tree_map(lambda a, b: a - 0.5 * b, p, g), l


pf, losses = jax.lax.scan(epoch, params, None, length=300)
print("shapes:", jax.tree_util.tree_map(jnp.shape, pf))
print("loss went down:", bool(losses[-1] < losses[0]))
print("losses dtype:", losses.dtype, losses.shape)
print("grad tree keys:", sorted(jax.grad(loss)(pf).keys()))


def per_example_loss(p):
    return (forward(p, X) - Y) ** 2


jax.grad(per_example_loss)(pf)
