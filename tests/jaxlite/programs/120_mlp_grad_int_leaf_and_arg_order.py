"""Mistakes for an MLP param dict: an int config leaf, a string leaf, params in the wrong position."""
import jax
import jax.numpy as jnp

W1 = jnp.array([[0.5, -0.5], [1.0, 0.25]])
b1 = jnp.array([0.0, 0.1])
W2 = jnp.array([[1.0], [-1.0]])
b2 = jnp.array([0.2])
x = jnp.array([[1.0, 2.0], [0.0, -1.0], [3.0, 0.5]])
y = jnp.array([[0.5], [0.0], [1.0]])


def forward(p, x):
    h = jnp.tanh(x @ p["layer1"]["w"] + p["layer1"]["b"])
    return h @ p["layer2"]["w"] + p["layer2"]["b"]


def loss(p):
    return jnp.mean((forward(p, x) - y) ** 2)


base = {"layer1": {"w": W1, "b": b1}, "layer2": {"w": W2, "b": b2}}

with_int = dict(base, n_layers=2)
try:
    jax.grad(loss)(with_int)
except TypeError as e:
    print("int leaf:", type(e).__name__, "|", str(e).splitlines()[0])

with_str = dict(base, activation="tanh")
try:
    jax.grad(loss)(with_str)
except Exception as e:
    print("str leaf:", type(e).__name__, "|", str(e).splitlines()[0])

# allow_int lets the int through; its "gradient" is a float0 zero
g_int = jax.grad(loss, allow_int=True)(with_int)
print("allow_int keys:", sorted(g_int.keys()))
print("n_layers grad is float0:", g_int["n_layers"].dtype == jax.dtypes.float0, "shape:", g_int["n_layers"].shape)


def loss_xy_first(x, y, p):
    return jnp.mean((forward(p, x) - y) ** 2)


g_wrong = jax.grad(loss_xy_first)(x, y, base)
print("default argnums gives:", type(g_wrong).__name__, g_wrong.shape)
g_right = jax.grad(loss_xy_first, argnums=2)(x, y, base)
print("argnums=2 keys:", list(g_right.keys()), list(g_right["layer1"].keys()))
print("layer2 w grad:", g_right["layer2"]["w"].ravel())
print("matches closure version:", bool(jnp.allclose(g_right["layer1"]["w"], jax.grad(loss)(base)["layer1"]["w"])))

leaves = jax.tree.leaves(g_right["layer1"])
print("leaf order is b then w:", [l.shape for l in leaves])
