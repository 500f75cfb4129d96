"""Holomorphic pitfalls: int/float inputs, non-holomorphic conj, check_grads on complex fns, jit'd complex grads."""
import jax
import jax.numpy as jnp
from jax.test_util import check_grads

z = jnp.array([0.5 + 0.25j, -1.0 + 1.0j])
poly = lambda z: jnp.sum(z ** 3 - 2 * z)
print("holomorphic grad:", jax.grad(poly, holomorphic=True)(z))
print("expected:", 3 * z ** 2 - 2)
check_grads(poly, (z,), order=2, modes=("fwd", "rev"))
print("check_grads on complex poly: passed")
real_loss = lambda z: jnp.sum(jnp.abs(z) ** 2)
check_grads(real_loss, (z,), order=1)
print("check_grads on real loss of complex: passed")
for name, arg in [("int", jnp.array([1, 2])), ("float", jnp.array([1.0, 2.0])), ("python int", 3)]:
    try:
        jax.grad(poly, holomorphic=True)(arg)
    except TypeError as e:
        print(name, "->", type(e).__name__, "|", str(e).splitlines()[0])
try:
    jax.jacfwd(lambda z: z ** 2, holomorphic=True)(jnp.array([1.0, 2.0]))
except TypeError as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
print("grad(conj) with holomorphic:", jax.grad(lambda z: jnp.sum(jnp.conj(z)), holomorphic=True)(z))
print("jit holomorphic:", jax.jit(jax.grad(poly, holomorphic=True))(z))
print("complex64 grad dtype:", jax.grad(poly, holomorphic=True)(z).dtype)
try:
    jax.grad(lambda z: jnp.real(z) * 1j, holomorphic=True)(jnp.array(1.0 + 0j))
    print("real(z)*1j grad ok")
except Exception as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
print("allow_int with complex:", jax.grad(lambda z, n: z ** n, holomorphic=True)(jnp.array(1j), 2))
jax.grad(lambda z: jnp.abs(z), holomorphic=True)(jnp.array(3.0 + 4.0j))
