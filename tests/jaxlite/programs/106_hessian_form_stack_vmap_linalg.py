"""Hessians of quadratic forms for a stack of matrices with vmap, slogdet and cholesky per matrix, and the forgotten-sum (n, n, n) shape."""
import jax
import jax.numpy as jnp

base = jnp.array([[1.0, 0.5], [0.0, 2.0]])
stack = jnp.stack([base, base.T * 2.0, base + jnp.eye(2), jnp.array([[-1.0, 1.0], [0.0, 3.0]])])
bs = jnp.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0], [-1.0, 2.0]])
x = jnp.array([0.5, -1.5])


def form(a, b, x):
    return x @ a @ x + b @ x


hess = jax.jit(jax.vmap(jax.hessian(form, argnums=2), in_axes=(0, 0, None)))(stack, bs, x)
print("stacked hessians:", hess.shape, hess.dtype)
print(hess)
print("all equal A + A^T:", bool(jnp.allclose(hess, stack + jnp.swapaxes(stack, -1, -2))))

sign, logdet = jnp.linalg.slogdet(hess)
print("slogdet sign:", sign)
print("logdet:", jnp.round(logdet, 4))
pd = jnp.all(jnp.linalg.eigvalsh(hess) > 0, axis=-1)
print("positive definite:", pd)
print("indefinite one has det:", jnp.linalg.det(hess[3]))
chol = jnp.linalg.cholesky(hess[0])
print("cholesky of first:\n", jnp.round(chol, 4))
print("L L^T == H:", bool(jnp.allclose(chol @ chol.T, hess[0], atol=1e-5)))
print("batched cholesky has nan where not PD:", jnp.any(jnp.isnan(jnp.linalg.cholesky(hess)), axis=(-1, -2)))

grads = jax.jit(jax.vmap(jax.grad(form, argnums=2), in_axes=(0, 0, None)))(stack, bs, x)
steps = jnp.linalg.solve(hess, grads[..., None])[..., 0]
print("newton steps:", jnp.round(steps, 4))

per_coord = lambda x: x * (base @ x)
h3 = jax.hessian(per_coord)(x)
print("forgot the sum, shape:", h3.shape)
print("summing the stack recovers it:", bool(jnp.allclose(h3.sum(0), jax.hessian(lambda x: x @ base @ x)(x))))
