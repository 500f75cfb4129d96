"""jvp and vjp of complex functions: tangent/cotangent dtypes must match, real-to-complex maps, conjugation."""
import jax
import jax.numpy as jnp

z = jnp.array([1.0 + 2.0j, -0.5j])
f = lambda z: z ** 2
out, t = jax.jvp(f, (z,), (jnp.ones_like(z),))
print("jvp out:", out, "tangent:", t, t.dtype)
try:
    jax.jvp(f, (z,), (jnp.ones(2),))
except TypeError as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
y, pull = jax.vjp(f, z)
print("vjp ones:", pull(jnp.ones_like(y))[0])
print("vjp 1j:", pull(1j * jnp.ones_like(y))[0])
try:
    pull(jnp.ones(2))
except Exception as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
g = lambda x: jnp.exp(1j * x)
x = jnp.array([0.0, jnp.pi / 2])
yo, tt = jax.jvp(g, (x,), (jnp.ones(2),))
print("real->complex jvp dtype:", yo.dtype, tt.dtype)
print("tangent:", jnp.round(tt, 5))
yv, pull_g = jax.vjp(g, x)
ct = pull_g(jnp.ones(2, dtype=jnp.complex64))[0]
print("complex->real cotangent:", ct, ct.dtype)
print("jacfwd real->complex:", jax.jacfwd(g)(jnp.array(0.5)))
try:
    jax.jacrev(g)(jnp.array(0.5))
except TypeError as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
print("linearize:", jax.linearize(f, z)[1](jnp.array([1j, 1.0 + 0j])))
