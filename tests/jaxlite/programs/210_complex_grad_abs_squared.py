"""Complex numbers: grad of |z|^2 loss with a complex parameter, holomorphic flag, and real parts."""
import jax
import jax.numpy as jnp

z = jnp.array([1.0 + 2.0j, -0.5 + 0.5j])
print("dtype:", z.dtype, "abs:", jnp.abs(z))


def loss(z):
    return jnp.sum(jnp.abs(z) ** 2)


g = jax.grad(loss)(z)
print("grad |z|^2:", g, g.dtype)
print("is 2*conj(z)?", bool(jnp.allclose(g, 2 * jnp.conj(z))))
print("grad real part:", jax.grad(lambda z: jnp.real(z) ** 2)(1.0 + 2.0j))
print("holomorphic z^2:", jax.grad(lambda z: z ** 2, holomorphic=True)(1.0 + 1.0j))
try:
    jax.grad(lambda z: z ** 2)(1.0 + 1.0j)
except Exception as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
try:
    jax.grad(lambda x: x ** 2, holomorphic=True)(1.0)
except Exception as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
w = jnp.array([0.5, -1.0])
print("real param complex inside:", jax.grad(lambda w: jnp.abs(jnp.sum(w * jnp.exp(1j * w))))(w))
print("complex * int:", (jnp.array([1, 2]) * 1j).dtype)
print("sqrt(-1):", jnp.sqrt(-1.0), jnp.sqrt(-1.0 + 0j))
