"""stop_gradient on a TD-style target vs forgetting it, nested vmap(grad) over a grid, and lax.stop_gradient in scan."""
import jax
import jax.numpy as jnp


def td_loss(w, x, x_next, r):
    target = r + 0.9 * jax.lax.stop_gradient(jnp.dot(w, x_next))
    return (jnp.dot(w, x) - target) ** 2


def td_loss_bug(w, x, x_next, r):
    target = r + 0.9 * jnp.dot(w, x_next)
    return (jnp.dot(w, x) - target) ** 2


w = jnp.array([0.5, -0.5])
x = jnp.array([1.0, 0.0])
xn = jnp.array([0.0, 1.0])
print("with stop:", jax.grad(td_loss)(w, x, xn, 1.0))
print("without:", jax.grad(td_loss_bug)(w, x, xn, 1.0))
print("same value:", td_loss(w, x, xn, 1.0) == td_loss_bug(w, x, xn, 1.0))
f = lambda a, b: jnp.sin(a) * jnp.cos(b)
grid = jax.vmap(jax.vmap(jax.grad(f, argnums=(0, 1)), in_axes=(None, 0)), in_axes=(0, None))
ga, gb = grid(jnp.array([0.0, 1.0]), jnp.array([0.0, 0.5, 1.0]))
print("grid shapes:", ga.shape, gb.shape)
print("ga:", ga)
print("second-order via vmap(grad(grad)):", jax.vmap(jax.grad(jax.grad(jnp.sin)))(jnp.array([0.0, 1.0])))


def step(w, batch):
    xb, xnb, rb = batch
    g = jax.grad(lambda w: jnp.mean(jax.vmap(td_loss, in_axes=(None, 0, 0, 0))(w, xb, xnb, rb)))(w)
    return w - 0.5 * g, jnp.linalg.norm(g)


xs = jnp.array([[[1.0, 0.0], [0.0, 1.0]]] * 3)
xns = jnp.array([[[0.0, 1.0], [0.0, 1.0]]] * 3)
rs = jnp.array([[1.0, 0.0]] * 3)
wf, norms = jax.lax.scan(step, w, (xs, xns, rs))
print("scan td:", wf, norms.shape)
print("stop_gradient value unchanged:", jax.lax.stop_gradient(jnp.array([1.0, 2.0])))
print("grad through stop:", jax.grad(lambda x: jax.lax.stop_gradient(x) * x)(3.0))
