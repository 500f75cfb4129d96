"""Per-example gradients with vmap(grad) over a (w, b) tuple, in_axes=None for params, mean equals batch grad."""
import jax
import jax.numpy as jnp

X = jnp.array([[1.0, 2.0], [0.0, -1.0], [3.0, 0.5]])
Y = jnp.array([1.0, -1.0, 2.0])
params = (jnp.array([0.2, -0.1]), 0.3)


def loss(p, x, y):
    w, b = p
    return (x @ w + b - y) ** 2


per = jax.vmap(jax.grad(loss), in_axes=(None, 0, 0))(params, X, Y)
print("type:", type(per).__name__, len(per))
print("gw:", per[0].shape, per[0])
print("gb:", per[1].shape, per[1])
batch = jax.grad(lambda p: jnp.mean(jax.vmap(loss, in_axes=(None, 0, 0))(p, X, Y)))(params)
print("mean matches:", bool(jnp.allclose(per[0].mean(0), batch[0])), bool(jnp.allclose(per[1].mean(), batch[1])))
print("batch gb:", repr(batch[1]))
vals, grads = jax.vmap(jax.value_and_grad(loss), in_axes=(None, 0, 0))(params, X, Y)
print("values:", vals)
norms = jax.vmap(lambda g: jnp.sqrt(jnp.sum(g[0] ** 2) + g[1] ** 2))(per)
print("per-example norms:", norms)
# mistake: forgetting in_axes → tries to batch params too
try:
    jax.vmap(jax.grad(loss))(params, X, Y)
except Exception as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
