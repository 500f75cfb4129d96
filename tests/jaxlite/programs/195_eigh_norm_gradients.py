"""eigh eigenvalues and norms (vector, matrix, fro, ord=inf) inside losses; grad of norm at zero."""
import jax
import jax.numpy as jnp

M = jnp.array([[2.0, 1.0], [1.0, 2.0]])
w, v = jnp.linalg.eigh(M)
print("eigvals:", w)
print("abs eigvecs:", jnp.round(jnp.abs(v), 5))
g = jax.grad(lambda M: jnp.linalg.eigh(M)[0][-1])(M)
print("grad top eig:", jnp.round(g, 5))
x = jnp.array([3.0, -4.0])
print("norm:", jnp.linalg.norm(x), jnp.linalg.norm(x, ord=1), jnp.linalg.norm(x, ord=jnp.inf))
print("grad norm:", jax.grad(jnp.linalg.norm)(x))
print("grad l1:", jax.grad(lambda x: jnp.linalg.norm(x, ord=1))(x))
print("grad norm at 0:", jax.grad(jnp.linalg.norm)(jnp.zeros(2)))
print("grad sqrt-sum-sq at 0:", jax.grad(lambda x: jnp.sqrt(jnp.sum(x ** 2)))(jnp.zeros(2)))
print("fro:", jnp.linalg.norm(M), jnp.linalg.norm(M, "fro"))
print("axis norms:", jnp.linalg.norm(M, axis=1))
print("keepdims:", jnp.linalg.norm(M, axis=0, keepdims=True).shape)
print("grad fro:", jax.grad(lambda M: jnp.linalg.norm(M))(M))
print("int norm:", repr(jnp.linalg.norm(jnp.array([3, 4]))))
print("eigvalsh:", jnp.linalg.eigvalsh(M))
