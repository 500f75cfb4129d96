"""jacfwd/jacrev on complex vectors: holomorphic Jacobians, real/imag/conj dtypes and the 2x2 real picture."""
import jax
import jax.numpy as jnp

z = jnp.array([1.0 + 1.0j, 2.0 - 0.5j])
f = lambda z: jnp.array([z[0] * z[1], z[0] ** 2])
Jf = jax.jacfwd(f, holomorphic=True)(z)
Jr = jax.jacrev(f, holomorphic=True)(z)
print("jacfwd:", Jf.dtype, Jf.shape)
print(Jf)
print("jacrev agrees:", bool(jnp.allclose(Jf, Jr)))
try:
    jax.jacfwd(f)(z)
except TypeError as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
try:
    jax.jacrev(f)(z)
except TypeError as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
print("real:", jnp.real(z), jnp.real(z).dtype)
print("imag:", jnp.imag(z), jnp.imag(z).dtype)
print("conj:", jnp.conj(z), jnp.conj(z).dtype)
print("attrs:", z.real, z.imag, z.conj())
print("real of a float array:", jnp.real(jnp.array([1.0, 2.0])), jnp.imag(jnp.array([1.0, 2.0])))


# the real 2x2 picture of z -> z^2 as a map R^2 -> R^2
def sq_real(v):
    w = (v[0] + 1j * v[1]) ** 2
    return jnp.stack([jnp.real(w), jnp.imag(w)])


J2 = jax.jacfwd(sq_real)(jnp.array([1.0, 2.0]))
print("real jacobian of z^2 at 1+2i:\n", J2)
print("Cauchy-Riemann holds:", bool(jnp.isclose(J2[0, 0], J2[1, 1])), bool(jnp.isclose(J2[0, 1], -J2[1, 0])))
print("hessian holomorphic:", jax.hessian(lambda z: z[0] ** 2 * z[1], holomorphic=True)(z))
