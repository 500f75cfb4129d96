"""Per-example gradients: default in_axes error, grad of vmap, in_axes as a dict-free tuple, and vmap over a dict."""
import jax
import jax.numpy as jnp


def example_loss(w, x, y):
    z = jnp.dot(w, x)
    return jax.nn.softplus(z) - y * z


w = jnp.array([0.5, -1.0, 0.25])
xs = jnp.array([[1.0, 0.0, 2.0], [0.5, 0.5, 0.5], [-1.0, 2.0, 0.0], [0.0, 0.0, 1.0]])
ys = jnp.array([1.0, 0.0, 1.0, 0.0])

per = jax.vmap(jax.grad(example_loss), in_axes=(None, 0, 0))(w, xs, ys)
print("per-example:", per.shape)
print(per)
closed = (jax.nn.sigmoid(xs @ w) - ys)[:, None] * xs
print("closed form agrees:", bool(jnp.allclose(per, closed, atol=1e-6)))
print("rows sum to batch grad:", bool(jnp.allclose(per.sum(0), jax.grad(lambda w: jnp.sum(jax.vmap(example_loss, (None, 0, 0))(w, xs, ys)))(w), atol=1e-6)))
try:
    jax.vmap(jax.grad(example_loss))(w, xs, ys)
except ValueError as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
try:
    jax.grad(jax.vmap(example_loss, in_axes=(None, 0, 0)))(w, xs, ys)
except TypeError as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
try:
    jax.vmap(jax.grad(example_loss), in_axes=(None, 1, 0))(w, xs, ys)
except ValueError as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
try:
    jax.vmap(jax.grad(example_loss), in_axes=(None, 0, 0))(w, xs, ys[:3])
except ValueError as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
batch = {"x": xs, "y": ys}
per2 = jax.vmap(lambda ex: jax.grad(example_loss)(w, ex["x"], ex["y"]))(batch)
print("dict batch agrees:", bool(jnp.allclose(per2, per)))
print("in_axes dict leaf:", jax.vmap(lambda d: d["x"].sum() * d["s"], in_axes=({"x": 0, "s": None},))({"x": xs, "s": 2.0}))
print("vmap over python float:", jax.vmap(lambda a, s: a * s, in_axes=(0, None))(jnp.arange(3.0), 2.0))
print("axis_size of scalar error:")
try:
    jax.vmap(lambda s: s * 2)(3.0)
except ValueError as e:
    print(" ", type(e).__name__, "|", str(e).splitlines()[0])
