"""Complex inputs: grad refuses complex outputs without holomorphic=True; holomorphic grads of z^2, sin, exp."""
import jax
import jax.numpy as jnp

z = jnp.array(1.0 + 2.0j)
print("z:", repr(z), z.dtype)
try:
    jax.grad(lambda z: z ** 2)(z)
except TypeError as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
d = jax.grad(lambda z: z ** 2, holomorphic=True)(z)
print("d/dz z^2:", repr(d), "expected 2z:", 2 * z)
print("d/dz sin z:", jax.grad(jnp.sin, holomorphic=True)(z), "cos z:", jnp.cos(z))
print("d/dz exp z:", jax.grad(jnp.exp, holomorphic=True)(z))
print("d/dz 1/z:", jax.grad(lambda z: 1 / z, holomorphic=True)(z), "expected:", -1 / z ** 2)
print("python complex input:", repr(jax.grad(lambda z: z * z, holomorphic=True)(1j)))
try:
    jax.grad(lambda z: z ** 2, holomorphic=True)(2.0)
except TypeError as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
zs = jnp.array([1.0 + 0j, 1j, -1 - 1j])
print("vmap holomorphic:", jax.vmap(jax.grad(lambda z: z ** 3, holomorphic=True))(zs))
print("value_and_grad:", jax.value_and_grad(lambda z: z ** 2 + 1, holomorphic=True)(z))
print("second derivative:", jax.grad(jax.grad(lambda z: z ** 3, holomorphic=True), holomorphic=True)(z))
print("jvp with complex tangent:", jax.jvp(lambda z: z ** 2, (z,), (jnp.array(1j),)))
f = lambda z: jnp.conj(z)
print("conj is not holomorphic, grad says:", jax.grad(f, holomorphic=True)(z))
