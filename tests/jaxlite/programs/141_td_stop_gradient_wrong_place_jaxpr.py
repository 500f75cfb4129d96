"""stop_gradient in the wrong places (prediction, whole loss), under jit and vmap, with make_jaxpr."""
import jax
import jax.numpy as jnp

w = jnp.array([1.0, 2.0])
x = jnp.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
x_next = jnp.array([[0.0, 1.0], [1.0, 1.0], [1.0, 0.0]])
r = jnp.array([0.0, 1.0, -1.0])
gamma = 0.5


def loss_target_stopped(w):
    return jnp.mean((x @ w - jax.lax.stop_gradient(r + gamma * x_next @ w)) ** 2)


def loss_prediction_stopped(w):
    return jnp.mean((jax.lax.stop_gradient(x @ w) - (r + gamma * x_next @ w)) ** 2)


def loss_all_stopped(w):
    return jax.lax.stop_gradient(jnp.mean((x @ w - (r + gamma * x_next @ w)) ** 2))


for fn in (loss_target_stopped, loss_prediction_stopped, loss_all_stopped):
    v, g = jax.value_and_grad(fn)(w)
    print(f"{fn.__name__:24s} value={float(v):.4f} grad={g}")

print(jax.make_jaxpr(lambda t: jax.lax.stop_gradient(t) * 2.0)(1.0))


@jax.jit
def jitted_semi(w):
    def inner(w):
        target = jax.lax.stop_gradient(r + gamma * x_next @ w)
        print("target while tracing:", type(target).__name__, target.shape)
        return jnp.mean((x @ w - target) ** 2)
    return jax.grad(inner)(w)


print("jit semi:", jitted_semi(w))
print("jit semi again (no retrace print):", jitted_semi(w + 0.0))


def per_transition(w, xi, ri, xni):
    target = jax.lax.stop_gradient(ri + gamma * jnp.dot(xni, w))
    return (jnp.dot(xi, w) - target) ** 2


rows = jax.vmap(jax.grad(per_transition), in_axes=(None, 0, 0, 0))(w, x, r, x_next)
print("per-transition semi grads:\n", rows)
print("mean equals batch semi grad:", bool(jnp.allclose(rows.mean(axis=0), jax.grad(loss_target_stopped)(w))))
print("hessian of semi loss (uses stopped target):\n", jax.hessian(loss_target_stopped)(w))
