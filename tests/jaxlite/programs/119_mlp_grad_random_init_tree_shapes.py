"""MLP param-dict gradient with jax.random init; inspect the gradient tree's shapes and structure."""
import jax
import jax.numpy as jnp
from jax import tree_util


def init(key, d_in, h, d_out):
    k1, k2 = jax.random.split(key)
    return {
        "layer1": {"w": jax.random.normal(k1, (d_in, h)) * 0.5, "b": jnp.zeros(h)},
        "layer2": {"w": jax.random.normal(k2, (h, d_out)) * 0.5, "b": jnp.zeros(d_out)},
    }


def mlp_params_gradient(params, x, y):
    def loss(p):
        hidden = jnp.tanh(x @ p["layer1"]["w"] + p["layer1"]["b"])
        pred = hidden @ p["layer2"]["w"] + p["layer2"]["b"]
        return jnp.mean((pred - y) ** 2)
    return jax.grad(loss)(params)


params = init(jax.random.key(0), 3, 4, 2)
x = jnp.array([[1.0, 0.0, -1.0], [0.5, 2.0, 0.0], [0.0, -1.0, 1.5], [1.0, 1.0, 1.0], [-2.0, 0.5, 0.0]])
y = jnp.array([[1.0, 0.0], [0.0, 1.0], [0.5, 0.5], [1.0, -1.0], [0.0, 0.0]])

grads = mlp_params_gradient(params, x, y)
print("shapes:", jax.tree.map(lambda g: g.shape, grads))
print("dtypes:", jax.tree.map(lambda g: str(g.dtype), grads))
print("structure:", tree_util.tree_structure(grads))
print("same structure as params:", tree_util.tree_structure(grads) == tree_util.tree_structure(params))
print("num leaves:", len(jax.tree.leaves(grads)))
paths = [tree_util.keystr(path) for path, _ in tree_util.tree_flatten_with_path(grads)[0]]
print("paths:", paths)

# the gradient must match a finite-difference estimate along one entry
eps = 1e-2
bumped = jax.tree.map(lambda p: p, params)
bumped["layer2"]["b"] = params["layer2"]["b"].at[0].add(eps)
def loss(p):
    hidden = jnp.tanh(x @ p["layer1"]["w"] + p["layer1"]["b"])
    return jnp.mean((hidden @ p["layer2"]["w"] + p["layer2"]["b"] - y) ** 2)
fd = (loss(bumped) - loss(params)) / eps
print("fd vs grad close:", bool(jnp.abs(fd - grads["layer2"]["b"][0]) < 1e-2))
print("layer2 b grad equals 2*mean residual per column:",
      bool(jnp.allclose(grads["layer2"]["b"],
                        2 * jnp.mean(jnp.tanh(x @ params["layer1"]["w"]) @ params["layer2"]["w"] - y, axis=0) / y.shape[1],
                        atol=1e-5)))
