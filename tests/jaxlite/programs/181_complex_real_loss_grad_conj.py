"""A real-valued loss of complex parameters: grad returns the conjugate-style gradient; descent converges."""
import jax
import jax.numpy as jnp

target = jnp.array([1.0 - 1.0j, 0.5 + 2.0j])


def loss(z):
    return jnp.sum(jnp.abs(z - target) ** 2)


z0 = jnp.array([0.0 + 0.0j, 1.0 + 1.0j])
g = jax.grad(loss)(z0)
print("loss:", repr(loss(z0)))
print("grad:", repr(g))
print("2*(z - target):", 2 * (z0 - target), "conj of it:", jnp.conj(2 * (z0 - target)))
z = z0
for i in range(3):
    z = z - 0.25 * jnp.conj(jax.grad(loss)(z))
    print(f"step {i}: loss {float(loss(z)):.4f}")
print("real-part loss grad:", jax.grad(lambda z: jnp.real(z) ** 2)(jnp.array(3.0 + 4.0j)))
print("imag-part loss grad:", jax.grad(lambda z: jnp.imag(z) ** 2)(jnp.array(3.0 + 4.0j)))
print("abs grad:", jax.grad(jnp.abs)(jnp.array(3.0 + 4.0j)))
print("abs^2 via z*conj(z):", jax.grad(lambda z: jnp.real(z * jnp.conj(z)))(jnp.array(3.0 + 4.0j)))
print("split re/im by hand:", jax.grad(lambda re, im: (re - 1.0) ** 2 + (im + 1.0) ** 2, argnums=(0, 1))(0.0, 0.0))
print("value_and_grad:", jax.value_and_grad(loss)(z0))
try:
    jax.grad(lambda z: z * 2.0)(jnp.array(1.0 + 1.0j))
except TypeError as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
print("grad of real fn of complex is complex dtype:", jax.grad(loss)(z0).dtype)
