"""jax.hessian of a loss over a dict of params: nested dict-of-dict structure and shapes."""
import jax
import jax.numpy as jnp

params = {"w": jnp.array([1.0, -2.0]), "b": jnp.array(0.5)}
x = jnp.array([[1.0, 2.0], [3.0, -1.0], [0.0, 1.0]])
y = jnp.array([1.0, 0.0, -1.0])


def loss(p):
    pred = x @ p["w"] + p["b"]
    return jnp.mean((pred - y) ** 2)


H = jax.hessian(loss)(params)
print("outer keys:", sorted(H.keys()))
print("inner keys:", sorted(H["w"].keys()))
print("H[w][w] shape:", H["w"]["w"].shape)
print("H[w][b] shape:", H["w"]["b"].shape)
print("H[b][w] shape:", H["b"]["w"].shape)
print("H[b][b]:", repr(H["b"]["b"]))
print("H[w][w]:", H["w"]["w"])
print("closed form:", 2 * x.T @ x / 3)
print("symmetric cross:", bool(jnp.allclose(H["w"]["b"], H["b"]["w"])))
print(jax.tree_util.tree_structure(H))
leaves = jax.tree_util.tree_leaves(H)
print("n leaves:", len(leaves), [l.shape for l in leaves])
