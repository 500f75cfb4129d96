"""Loss with aux metrics: a three-tuple, a bare scalar with has_aux, float() on a tracer, then the fix."""
import jax
import jax.numpy as jnp

x = jnp.array([[1.0, -1.0], [0.5, 2.0], [-1.5, 0.0], [2.0, 1.0]])
labels = jnp.array([1.0, 0.0, 0.0, 1.0])
params = {"w": jnp.array([0.5, -0.25]), "b": jnp.array(0.1)}


def loss_three(p):
    z = x @ p["w"] + p["b"]
    l = jnp.mean(jax.nn.softplus(z) - labels * z)
    acc = jnp.mean((z > 0) == (labels == 1))
    return l, l, acc


def loss_float(p):
    z = x @ p["w"] + p["b"]
    l = jnp.mean(jax.nn.softplus(z) - labels * z)
    return l, {"loss": float(l)}


def loss_ok(p):
    z = x @ p["w"] + p["b"]
    l = jnp.mean(jax.nn.softplus(z) - labels * z)
    acc = jnp.mean(((z > 0) == (labels == 1)).astype(jnp.float32))
    return l, {"loss": l, "accuracy": acc}


for name, fn in [("three outputs", loss_three), ("bare scalar", lambda p: loss_ok(p)[0]), ("float()", loss_float)]:
    try:
        jax.grad(fn, has_aux=True)(params)
        print(name, "-> ok")
    except Exception as e:
        print(name, "->", type(e).__name__, "|", str(e).splitlines()[0])

grads, metrics = jax.grad(loss_ok, has_aux=True)(params)
print("grads:", grads)
print("metrics:", metrics)
print("metric dtypes:", {k: str(v.dtype) for k, v in metrics.items()})
print("accuracy python float after:", float(metrics["accuracy"]))
acc_bool_mean = jnp.mean((jnp.array([1.0, -1.0]) > 0) == jnp.array([True, True]))
print("mean of bools:", repr(acc_bool_mean))
(l, m), g = jax.jit(jax.value_and_grad(loss_ok, has_aux=True))(params)
print("jit value_and_grad:", l, sorted(m), jax.tree_util.tree_structure(g))
print("aux is not differentiated, it is returned as-is:", m["loss"] == l)
