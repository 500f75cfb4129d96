"""Jacobian of tanh(W x + b) by jacfwd, jacrev, rows from vjp, columns from jvp, checked against the closed form, with svd and pinv."""
import jax
import jax.numpy as jnp

w = jnp.array([[1.0, -0.5, 0.0, 2.0], [0.5, 0.5, -1.0, 0.0], [0.0, 1.0, 1.0, -1.0]])
b = jnp.array([0.1, -0.2, 0.0])
x = jnp.array([0.3, -0.1, 0.4, 0.2])


def layer(x):
    return jnp.tanh(w @ x + b)


jf = jax.jacfwd(layer)(x)
jr = jax.jacrev(layer)(x)
print("shape (m, n):", jf.shape, jr.shape)
print("modes agree:", bool(jnp.allclose(jf, jr, atol=1e-6)))
closed = (1 - jnp.tanh(w @ x + b) ** 2)[:, None] * w
print("closed form agrees:", bool(jnp.allclose(jf, closed, atol=1e-6)))
print(jnp.round(jf, 4))

y, pull = jax.vjp(layer, x)
rows = jnp.stack([pull(e)[0] for e in jnp.eye(3)])
print("rows from vjp:", bool(jnp.allclose(rows, jr, atol=1e-6)))
cols = jax.vmap(lambda t: jax.jvp(layer, (x,), (t,))[1], out_axes=1)(jnp.eye(4))
print("columns from vmapped jvp:", cols.shape, bool(jnp.allclose(cols, jf, atol=1e-6)))

dx = jnp.array([1e-2, 0.0, -1e-2, 5e-3])
predicted = jf @ dx
actual = layer(x + dx) - layer(x)
print("jac @ dx ~ actual change:", bool(jnp.allclose(predicted, actual, atol=1e-3)))

s = jnp.linalg.svd(jf, compute_uv=False)
print("singular values:", s.shape, bool(jnp.all(s[:-1] >= s[1:])))
pinv = jnp.linalg.pinv(jf)
print("pinv shape:", pinv.shape, "J pinv(J) ~ I:", bool(jnp.allclose(jf @ pinv, jnp.eye(3), atol=1e-4)))

jit_jac = jax.jit(jax.jacrev(lambda w, b, x: jnp.tanh(w @ x + b), argnums=2))
print("jit + argnums=2 matches:", bool(jnp.allclose(jit_jac(w, b, x), jf, atol=1e-6)))
