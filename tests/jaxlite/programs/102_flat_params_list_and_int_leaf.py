"""Flat-params mistakes: a Python list of floats as parameters, a dict with an integer leaf, and mismatched slicing shapes."""
import jax
import jax.numpy as jnp

x = jnp.array([[1.0, 2.0], [3.0, -1.0], [0.0, 1.0]])


def loss(theta, x):
    d = x.shape[1]
    return jnp.sum((x @ theta[:d] + theta[d]) ** 2)


def show(label, fn):
    try:
        out = fn()
        print(label, "->", out)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", str(e).splitlines()[0])


show("list params", lambda: jax.grad(loss)([0.5, -0.5, 0.0], x))
show("list made array", lambda: jax.grad(loss)(jnp.array([0.5, -0.5, 0.0]), x))
show("int array", lambda: jax.grad(loss)(jnp.array([1, 0, 0]), x))
show("too short, theta[d] clamps", lambda: jax.grad(loss)(jnp.array([0.5, -0.5]), x))


def loss_dict(p, x):
    return jnp.sum((x @ p["w"] + p["b"]) ** 2)


show("int leaf", lambda: jax.grad(loss_dict)({"w": jnp.array([0.5, 1.0]), "b": 3}, x))
g = jax.grad(loss_dict)({"w": jnp.array([0.5, 1.0]), "b": 3.0}, x)
print("float leaf grad:", g)
print("b grad is a weak scalar:", g["b"].shape, g["b"].weak_type)

g_list = jax.grad(lambda ps: loss(jnp.stack(ps), x))([0.5, -0.5, 0.0])
print("grad through jnp.stack of a list:", type(g_list).__name__, g_list)
