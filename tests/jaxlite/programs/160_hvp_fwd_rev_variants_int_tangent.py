"""Hessian-vector products of a softplus loss four ways, nested-grad mistake, int direction, jvp of loss."""
import jax
import jax.numpy as jnp

x = jnp.array([[1.0, 0.0, -1.0], [0.5, 2.0, 0.0], [-1.0, 1.0, 1.0], [0.0, 0.0, 3.0]])
w = jnp.array([0.1, -0.2, 0.3])
v = jnp.array([1.0, 0.0, -1.0])


def loss(w):
    return jnp.sum(jax.nn.softplus(x @ w))


def hvp_fwd_rev(w, v):
    return jax.jvp(jax.grad(loss), (w,), (v,))[1]


def hvp_rev_rev(w, v):
    return jax.grad(lambda w: jnp.vdot(jax.grad(loss)(w), v))(w)


def hvp_rev_fwd(w, v):
    return jax.grad(lambda w: jax.jvp(loss, (w,), (v,))[1])(w)


H = jax.hessian(loss)(w)
ref = H @ v
for fn in [hvp_fwd_rev, hvp_rev_rev, hvp_rev_fwd]:
    out = fn(w, v)
    print(fn.__name__, out.dtype, out.shape, bool(jnp.allclose(out, ref, atol=1e-6)))
s = jax.nn.sigmoid(x @ w)
print("closed form:", x.T @ (s * (1 - s) * (x @ v)))
print("via linearize:", jax.linearize(jax.grad(loss), w)[1](v))
print("jvp of loss is a slope:", repr(jax.jvp(loss, (w,), (v,))[1]))
try:
    jax.grad(jax.grad(loss))(w)
except TypeError as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
try:
    jax.jvp(jax.grad(loss), (w,), (jnp.array([0, 1, 0]),))
except TypeError as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
print("cast fixes it:", hvp_fwd_rev(w, jnp.array([0, 1, 0]).astype(w.dtype)))
print("vmap over directions:", jax.vmap(lambda v: hvp_fwd_rev(w, v))(jnp.eye(3)).shape)
print("jit hvp:", bool(jnp.allclose(jax.jit(hvp_fwd_rev)(w, v), ref, atol=1e-6)))
