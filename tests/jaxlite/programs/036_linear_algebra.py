"""dot, vdot, matmul, @, outer, inner and their gradients."""

import jax
import jax.numpy as jnp

u = jnp.array([1.0, 2.0, 3.0])
v = jnp.array([4.0, -5.0, 6.0])
A = jnp.array([[1.0, 2.0, 3.0], [0.0, -1.0, 2.0]])
B = jnp.arange(6.0).reshape(3, 2)
print(jnp.dot(u, v), jnp.vdot(u, v), jnp.inner(u, v))
print(jnp.dot(A, u))
print(jnp.dot(u, B))
print(jnp.dot(A, B))
print(jnp.matmul(A, B))
print(A @ B)
print(A @ u)
print(u @ v)
print(jnp.outer(u, v))
print(jnp.inner(A, A))
print(jnp.ones((2, 2, 3)) @ B)
print(repr(jnp.dot(jnp.array([1, 2]), jnp.array([3, 4]))))
print(jax.grad(lambda M: jnp.sum(M @ B))(A))
print(jax.grad(lambda x, y: jnp.dot(x, y), argnums=(0, 1))(u, v))
try:
    A @ A
except TypeError as e:
    print(type(e).__name__, e)
