"""Complex dtype promotion and weak types: 1j scalars, complex64 arrays, abs/angle dtypes, and their grads."""
import jax
import jax.numpy as jnp

a = jnp.array([1.0, 2.0])
print("a * 1j:", repr(a * 1j))
print("jnp.array(1j):", repr(jnp.array(1j)))
print("jnp.asarray(2+0j):", repr(jnp.asarray(2 + 0j)))
c = jnp.array([3.0 + 4.0j, -1.0j], dtype=jnp.complex64)
print("c:", repr(c))
print("abs:", repr(jnp.abs(c)))
print("angle:", repr(jnp.angle(c)))
print("c + 1:", repr(c + 1), "c * 2.0:", repr(c * 2.0))
print("int + 1j:", repr(jnp.array([1, 2]) + 1j))
print("result_type:", jnp.result_type(jnp.float32, jnp.complex64), jnp.result_type(1j, jnp.float32))
print("iscomplexobj:", jnp.iscomplexobj(c), jnp.iscomplexobj(a))
print("issubdtype:", jnp.issubdtype(c.dtype, jnp.complexfloating), jnp.issubdtype(c.dtype, jnp.inexact))
print("complex constructor:", repr(jax.lax.complex(jnp.float32(1.0), jnp.float32(-1.0))))
print("sqrt(-1+0j):", jnp.sqrt(jnp.array(-1.0 + 0j)), "sqrt(-1.):", jnp.sqrt(jnp.array(-1.0)))
print("grad of angle:", jax.grad(lambda t: jnp.angle(jnp.exp(1j * t)))(0.5))
print("grad of abs(x + 1j):", jax.grad(lambda x: jnp.abs(x + 1j))(1.0))
print("sum of complex:", repr(jnp.sum(c)), "mean:", repr(jnp.mean(c)))
print("astype float drops imag?")
try:
    print(" ", c.astype(jnp.float32))
except Exception as e:
    print(" ", type(e).__name__, "|", str(e).splitlines()[0])
print("float(c[0]) raises:")
try:
    float(c[0])
except TypeError as e:
    print(" ", type(e).__name__, "|", str(e).splitlines()[0])
print("complex(c[0]):", complex(c[0]))
