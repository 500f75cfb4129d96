"""Mistake: converting metrics with float()/.item() inside a differentiated or jitted loss."""
import jax
import jax.numpy as jnp

params = {"w": jnp.array([1.0, -0.5]), "b": jnp.array(0.0)}
x = jnp.array([[1.0, 2.0], [2.0, 0.5], [-1.0, 1.0]])
labels = jnp.array([0.0, 1.0, 0.0])


def make_loss(convert_loss, convert_acc):
    def loss_fn(p):
        z = x @ p["w"] + p["b"]
        loss = jnp.mean(jax.nn.softplus(z) - labels * z)
        acc = jnp.mean((z > 0) == (labels == 1))
        return loss, {"loss": convert_loss(loss), "accuracy": convert_acc(acc)}
    return loss_fn


keep = lambda v: v
cases = [
    ("float(loss) under grad", jax.grad, make_loss(float, keep)),
    ("float(accuracy) under jit(grad)", lambda f, **k: jax.jit(jax.grad(f, **k)), make_loss(keep, float)),
    ("loss.tolist() under grad", jax.grad, make_loss(lambda v: v.tolist(), keep)),
]
for name, transform, fn in cases:
    try:
        transform(fn, has_aux=True)(params)
        print(name, "-> ran")
    except Exception as e:
        print(name, "->", type(e).__name__)
        print("  ", str(e).splitlines()[0])

grads, metrics = jax.grad(make_loss(keep, keep), has_aux=True)(params)
print("grads:", grads)
print("accuracy as float after:", float(metrics["accuracy"]))
print("loss rounded:", round(float(metrics["loss"]), 4))
print(type(metrics["accuracy"]).__name__, metrics["accuracy"].dtype)
