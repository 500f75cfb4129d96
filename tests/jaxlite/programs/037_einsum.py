"""einsum with common two-operand subscripts."""

import jax
import jax.numpy as jnp

A = jnp.arange(6.0).reshape(2, 3)
B = jnp.arange(12.0).reshape(3, 4)
u = jnp.array([1.0, 2.0, 3.0])
print(jnp.einsum("ij,jk->ik", A, B))
print(jnp.einsum("ij,j->i", A, u))
print(jnp.einsum("i,i->", u, u))
print(jnp.einsum("i,j->ij", u, jnp.array([1.0, -1.0])))
print(jnp.einsum("ij->ji", A))
print(jnp.einsum("ij->", A))
print(jnp.einsum("ij,ij->i", A, A))
print(jnp.einsum("bij,bjk->bik", jnp.ones((2, 2, 3)), jnp.ones((2, 3, 2))))
print(jax.grad(lambda a: jnp.einsum("ij,jk->", a, B))(A))
