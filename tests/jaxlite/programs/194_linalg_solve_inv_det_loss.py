"""Gradients through jnp.linalg.solve, inv, det and slogdet inside a loss, checked against closed forms."""
import jax
import jax.numpy as jnp

A = jnp.array([[3.0, 1.0], [1.0, 2.0]])
b = jnp.array([1.0, -1.0])


def via_solve(A):
    return jnp.sum(jnp.linalg.solve(A, b))


def via_inv(A):
    return jnp.sum(jnp.linalg.inv(A) @ b)


gs = jax.grad(via_solve)(A)
gi = jax.grad(via_inv)(A)
print("solve value:", via_solve(A))
print("grad solve:", gs)
print("same as inv:", bool(jnp.allclose(gs, gi, atol=1e-5)))
print("det:", jnp.linalg.det(A))
gd = jax.grad(jnp.linalg.det)(A)
print("grad det:", gd)
print("closed form det*inv^T:", jnp.linalg.det(A) * jnp.linalg.inv(A).T)
sign, logdet = jnp.linalg.slogdet(A)
print("slogdet:", sign, logdet)
print("grad logdet:", jax.grad(lambda A: jnp.linalg.slogdet(A)[1])(A))
gb = jax.grad(lambda b: jnp.sum(jnp.linalg.solve(A, b) ** 2))(b)
print("grad wrt rhs:", gb)
try:
    jnp.linalg.solve(A, jnp.ones(3))
except Exception as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
try:
    jnp.linalg.det(jnp.ones(3))
except Exception as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
S = jnp.array([[1.0, 2.0], [2.0, 4.0]])
print("singular det:", jnp.linalg.det(S))
print("int det:", jnp.linalg.det(jnp.array([[2, 0], [0, 3]])))
