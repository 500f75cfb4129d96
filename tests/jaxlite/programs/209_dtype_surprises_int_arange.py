"""dtype surprises: int inputs to grad, jnp.arange ints, true vs floor division, int powers, weak types."""
import jax
import jax.numpy as jnp

a = jnp.arange(5)
print("arange:", a, a.dtype)
print("arange float:", jnp.arange(5.0).dtype, jnp.arange(0, 1, 0.25))
print("true div:", a / 2, (a / 2).dtype)
print("floor div:", a // 2, (a // 2).dtype)
print("neg floor div:", jnp.array(-7) // 2, jnp.array(-7) % 3)
print("int mean:", repr(jnp.mean(a)))
print("int sum:", repr(jnp.sum(a)))
print("int * float:", repr(a * 1.5))
print("int ** 2:", repr(a ** 2))
print("int ** -1:", repr(jnp.array(2) ** -1.0))
try:
    jax.grad(lambda x: x ** 2)(3)
except Exception as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
print("float arg:", jax.grad(lambda x: x ** 2)(3.0))
gi = jax.grad(lambda x: x * 2.0, allow_int=True)(3)
print("allow_int float0:", gi.dtype == jax.dtypes.float0, gi.shape)
try:
    jax.grad(lambda x: jnp.sum(x ** 2))(jnp.arange(3))
except Exception as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
print("linspace:", jnp.linspace(0, 1, 3).dtype)
print("weak:", repr(jnp.float32(1) + 1), repr(jnp.array(1.0) + 1))
print("int32 + python float:", repr(jnp.array(1, dtype=jnp.int32) + 0.5))
print("uint8 overflow:", jnp.array([250], dtype=jnp.uint8) + jnp.array([10], dtype=jnp.uint8))
print("bool sum:", repr(jnp.sum(jnp.array([True, False, True]))))
print("int16 + int32:", (jnp.ones(1, jnp.int16) + jnp.ones(1, jnp.int32)).dtype)
print("float16 + float32:", (jnp.ones(1, jnp.float16) + jnp.ones(1, jnp.float32)).dtype)
print("grad dtype follows input:", jax.grad(lambda x: x * 2)(jnp.float16(1.0)).dtype)
print("float64 request:", jnp.array(1.0, dtype=jnp.float64).dtype)
print("astype int truncates:", jnp.array([1.7, -1.7]).astype(jnp.int32))
