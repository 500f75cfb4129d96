"""Hessian-vector products of a softplus loss four ways (jvp of grad, grad of dot, vjp of grad, linearize), then power iteration."""
import jax
import jax.numpy as jnp

x = jnp.array([[1.0, 0.5, -1.0], [0.0, 2.0, 1.0], [-1.5, 0.5, 0.5], [1.0, 1.0, 1.0], [0.5, -0.5, 2.0]])
w = jnp.array([0.2, -0.3, 0.1])
v = jnp.array([1.0, 0.0, -1.0])


def loss(w):
    return jnp.sum(jax.nn.softplus(x @ w))


def hvp_fwd_rev(w, v):
    return jax.jvp(jax.grad(loss), (w,), (v,))[1]


def hvp_rev_rev(w, v):
    return jax.grad(lambda u: jnp.vdot(jax.grad(loss)(u), v))(w)


def hvp_vjp(w, v):
    _, pull = jax.vjp(jax.grad(loss), w)
    return pull(v)[0]


def hvp_lin(w, v):
    _, f_lin = jax.linearize(jax.grad(loss), w)
    return f_lin(v)


h = jax.jit(jax.hessian(loss))(w)
ref = h @ v
print("H v from full hessian:", ref)
for fn in (hvp_fwd_rev, hvp_rev_rev, hvp_vjp, hvp_lin):
    out = jax.jit(fn)(w, v)
    print(fn.__name__, out.shape, bool(jnp.allclose(out, ref, atol=1e-5)))

s = jax.nn.sigmoid(x @ w)
closed = x.T @ ((s * (1 - s)) * (x @ v))
print("closed form X^T diag(s(1-s)) X v:", closed)

g, hv = jax.jvp(jax.grad(loss), (w,), (v,))
print("jvp also returns the gradient:", bool(jnp.allclose(g, jax.grad(loss)(w))))

fast = jax.jit(hvp_fwd_rev)
u = jnp.ones(3) / jnp.sqrt(3.0)
for _ in range(50):
    u = fast(w, u)
    u = u / jnp.linalg.norm(u)
top = jnp.vdot(u, fast(w, u))
print(f"power iteration top eigenvalue: {float(top):.4f}")
print(f"eigvalsh max:                   {float(jnp.linalg.eigvalsh(h)[-1]):.4f}")
batch = jax.vmap(hvp_fwd_rev, in_axes=(None, 0))(w, jnp.eye(3))
print("vmapped over basis == hessian:", bool(jnp.allclose(batch, h, atol=1e-5)))
