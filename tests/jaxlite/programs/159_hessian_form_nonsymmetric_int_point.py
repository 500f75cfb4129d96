"""Hessian of x^T A x + b^T x for a non-symmetric A: A + A^T not 2A, compositions, int point, missing sum."""
import jax
import jax.numpy as jnp

a = jnp.array([[1.0, 2.0, 0.0], [0.0, 3.0, -1.0], [4.0, 0.0, 2.0]])
b = jnp.array([1.0, -1.0, 0.5])
x = jnp.array([0.5, 1.0, -2.0])


def form(x):
    return x @ a @ x + b @ x


H = jax.hessian(form)(x)
print("H:\n", H)
print("equals A + A^T:", bool(jnp.array_equal(H, a + a.T)))
print("equals 2A:", bool(jnp.array_equal(H, 2 * a)))
print("symmetric:", bool(jnp.array_equal(H, H.T)))
print("rev-rev:", bool(jnp.allclose(jax.jacrev(jax.jacrev(form))(x), H)))
print("fwd-fwd:", bool(jnp.allclose(jax.jacfwd(jax.jacfwd(form))(x), H)))
print("rev-fwd:", bool(jnp.allclose(jax.jacrev(jax.jacfwd(form))(x), H)))
print("independent of x:", bool(jnp.allclose(jax.hessian(form)(jnp.zeros(3)), H)))
print("gradient:", jax.grad(form)(x), "closed:", (a + a.T) @ x + b)
try:
    jax.hessian(form)(jnp.array([1, 2, 3]))
except TypeError as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
try:
    jax.jacrev(form)(jnp.array([1, 2, 3]))
except TypeError as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
stacked = jax.hessian(lambda x: x * (a @ x))(x)
print("forgot the sum:", stacked.shape)
print("sum over outputs gives H:", bool(jnp.allclose(stacked.sum(0), H)))
print("hessian of python scalar fn:", repr(jax.hessian(lambda t: t ** 3)(2.0)))
print("hessian dict input:", jax.tree_util.tree_map(jnp.shape, jax.hessian(lambda p: p["u"] @ p["u"] * p["s"])({"u": jnp.ones(2), "s": jnp.array(2.0)})))
print("eigvalsh of H:", jnp.round(jnp.linalg.eigvalsh(H), 4))
