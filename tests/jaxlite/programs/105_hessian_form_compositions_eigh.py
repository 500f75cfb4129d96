"""Hessian of x^T A x + b^T x for a non-symmetric A via jax.hessian, jacrev(jacrev), jacfwd(jacfwd) and a vmapped hvp, then eigh/det/inv."""
import jax
import jax.numpy as jnp

a = jnp.array([[2.0, 1.0, 0.0], [-1.0, 3.0, 0.5], [0.0, 2.0, 1.0]])
b = jnp.array([1.0, -1.0, 0.5])
x = jnp.array([0.3, -0.7, 1.1])


def form(x):
    return x @ a @ x + b @ x


h = jax.hessian(form)(x)
print("hessian:\n", h)
print("equals A + A^T:", bool(jnp.allclose(h, a + a.T)))
print("equals 2A:", bool(jnp.allclose(h, 2 * a)))
print("symmetric:", bool(jnp.array_equal(h, h.T)))

h_rr = jax.jit(jax.jacrev(jax.jacrev(form)))(x)
h_ff = jax.jit(jax.jacfwd(jax.jacfwd(form)))(x)
h_rf = jax.jit(jax.jacrev(jax.jacfwd(form)))(x)
print("all compositions agree:", all(bool(jnp.allclose(h, m)) for m in (h_rr, h_ff, h_rf)))

hvp = lambda v: jax.jvp(jax.grad(form), (x,), (v,))[1]
h_cols = jax.jit(jax.vmap(hvp))(jnp.eye(3))
print("from hvp columns:", bool(jnp.allclose(h_cols, h)))
print("independent of x:", bool(jnp.allclose(jax.hessian(form)(jnp.zeros(3)), h)))

evals, evecs = jnp.linalg.eigh(h)
print("eigenvalues:", jnp.round(evals, 4))
print("reconstruct:", bool(jnp.allclose(evecs @ jnp.diag(evals) @ evecs.T, h, atol=1e-5)))
print("positive definite:", bool(jnp.all(evals > 0)))
print(f"det: {float(jnp.linalg.det(h)):.3f}", "trace:", jnp.trace(h))
newton = x - jnp.linalg.solve(h, jax.grad(form)(x))
print("Newton step lands on minimum, grad there:", jnp.round(jax.grad(form)(newton), 5))
print("inv check:", bool(jnp.allclose(jnp.linalg.inv(h) @ h, jnp.eye(3), atol=1e-5)))
