"""Per-example logistic gradients with vmap(grad, in_axes=(None, 0, 0)), jacrev and out_axes."""
import jax
import jax.numpy as jnp


def example_loss(w, x, y):
    z = jnp.dot(w, x)
    return jax.nn.softplus(z) - y * z


def per_example_gradients(w, xs, ys):
    return jax.vmap(jax.grad(example_loss), in_axes=(None, 0, 0))(w, xs, ys)


w = jnp.array([0.5, -1.0, 2.0])
xs = jnp.array([[1.0, 0.0, 0.5], [0.0, 1.0, 1.0], [2.0, -1.0, 0.0], [-1.0, 0.5, 0.25]])
ys = jnp.array([1.0, 0.0, 1.0, 0.0])

g = per_example_gradients(w, xs, ys)
print("shape:", g.shape, g.dtype)
print(g)
closed = (jax.nn.sigmoid(xs @ w) - ys)[:, None] * xs
print("matches closed form:", bool(jnp.allclose(g, closed, atol=1e-6)))

# jacrev of the vector of per-example losses gives the same (N, d) matrix
losses = lambda w: jax.vmap(example_loss, in_axes=(None, 0, 0))(w, xs, ys)
jac = jax.jacrev(losses)(w)
print("jacrev matches:", bool(jnp.allclose(jac, g)))
print("jacfwd matches:", bool(jnp.allclose(jax.jacfwd(losses)(w), g)))

# out_axes=1 puts examples in the columns
g_t = jax.vmap(jax.grad(example_loss), in_axes=(None, 0, 0), out_axes=1)(w, xs, ys)
print("out_axes=1 shape:", g_t.shape, "is transpose:", bool(jnp.array_equal(g_t, g.T)))

# examples stored as columns: map over axis 1 of xs
g_cols = jax.vmap(jax.grad(example_loss), in_axes=(None, 1, 0))(w, xs.T, ys)
print("in_axes=1 matches:", bool(jnp.allclose(g_cols, g)))

# summing the rows gives the gradient of the summed loss
total = jax.grad(lambda w: jnp.sum(losses(w)))(w)
print("sum of rows = batch grad:", bool(jnp.allclose(g.sum(axis=0), total, atol=1e-6)))
print("jitted:", jax.jit(per_example_gradients)(w, xs, ys)[0])
