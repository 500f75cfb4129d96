"""MLP params from jax.random with explicit keys: key reprs, split, shapes, and sorted-key gradient order."""
import jax
import jax.numpy as jnp

key = jax.random.PRNGKey(0)
print("key:", key, key.dtype, key.shape)
k1, k2, k3 = jax.random.split(key, 3)
print("k1:", k1)
print("split(key) shape:", jax.random.split(key).shape)
w1 = jax.random.normal(k1, (3, 4)) * 0.5
w2 = jax.random.normal(k2, (4, 1)) * 0.5
print("w1 row 0:", w1[0])
print("w2:", w2.ravel())
print("uniform:", jax.random.uniform(k3, (3,)))
print("randint:", jax.random.randint(k3, (5,), 0, 10))
print("same key same numbers:", bool(jnp.array_equal(jax.random.normal(k1, (3, 4)) * 0.5, w1)))
print("fold_in:", jax.random.fold_in(key, 7))
params = {"layer1": {"w": w1, "b": jnp.zeros(4)}, "layer2": {"w": w2, "b": jnp.zeros(1)}}
x = jax.random.normal(jax.random.PRNGKey(1), (5, 3))
y = jnp.ones((5, 1))


def loss(p, x, y):
    h = jnp.tanh(x @ p["layer1"]["w"] + p["layer1"]["b"])
    return jnp.mean((h @ p["layer2"]["w"] + p["layer2"]["b"] - y) ** 2)


g = jax.grad(loss)(params, x, y)
print("grad shapes:", jax.tree_util.tree_map(lambda a: a.shape, g))
print("leaf order:", [l.shape for l in jax.tree_util.tree_leaves(g)])
print("path order:", [jax.tree_util.keystr(p) for p, _ in jax.tree_util.tree_leaves_with_path(g)])
wrong_w, wrong_b = list(g["layer1"].values())
print("unpacking values() gives b first:", wrong_w.shape, wrong_b.shape)
print("loss:", loss(params, x, y))
print("new-style key:", jax.random.key(0))
print("key_data:", jax.random.key_data(jax.random.key(0)))
