"""vmap with in_axes given as a dict matching a params pytree, None for shared leaves, and out_axes."""
import jax
import jax.numpy as jnp

params = {"w": jnp.arange(6.0).reshape(2, 3), "b": jnp.array([0.5, -0.5, 1.0])}
xs = jnp.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0], [2.0, -1.0]])


def predict(p, x):
    return x @ p["w"] + p["b"]


out = jax.vmap(predict, in_axes=(None, 0))(params, xs)
print("shared params:", out.shape)
print(out)
ws = jnp.stack([params["w"], 2 * params["w"], -params["w"], 0 * params["w"]])
out2 = jax.vmap(predict, in_axes=({"w": 0, "b": None}, 0))(
    {"w": ws, "b": params["b"]}, xs)
print("batched w only:", out2)
try:
    jax.vmap(predict, in_axes=({"w": 0}, 0))({"w": ws, "b": params["b"]}, xs)
except Exception as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])


def two(p, x):
    return {"y": predict(p, x), "s": jnp.sum(x)}


o = jax.vmap(two, in_axes=(None, 0), out_axes={"y": 1, "s": 0})(params, xs)
print("out_axes dict:", o["y"].shape, o["s"].shape, o["s"])
try:
    jax.vmap(predict, in_axes=(None, 1))(params, xs)
except Exception as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
try:
    jax.vmap(lambda a, b: a + b)(jnp.ones(3), jnp.ones(4))
except Exception as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
