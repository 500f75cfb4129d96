"""jax.jvp of softmax: bare arrays, list primals, wrong-shape and int tangents, scaling of v."""
import jax
import jax.numpy as jnp

x = jnp.array([1.0, 2.0, 0.5])
v = jnp.array([1.0, -1.0, 0.0])

value, deriv = jax.jvp(jax.nn.softmax, (x,), (v,))
print("value:", value)
print("derivative:", deriv)
print("sums:", jnp.sum(value), jnp.round(jnp.sum(deriv), 6))
J = jax.jacfwd(jax.nn.softmax)(x)
print("matches J @ v:", bool(jnp.allclose(J @ v, deriv, atol=1e-6)))
print("list primals:", jax.jvp(jax.nn.softmax, [x], [v])[1])
cases = {
    "bare arrays": lambda: jax.jvp(jax.nn.softmax, x, v),
    "short tangent": lambda: jax.jvp(jax.nn.softmax, (x,), (v[:2],)),
    "int tangent": lambda: jax.jvp(jax.nn.softmax, (x,), (jnp.array([1, 0, 0]),)),
    "two primals one tangent": lambda: jax.jvp(lambda a, b: a * b, (x, x), (v,)),
    "float16 tangent": lambda: jax.jvp(jax.nn.softmax, (x,), (v.astype(jnp.float16),)),
}
for name, fn in cases.items():
    try:
        out = fn()
        print(name, "-> ok", out[1])
    except Exception as e:
        print(name, "->", type(e).__name__, "|", str(e).splitlines()[0])

d2 = jax.jvp(jax.nn.softmax, (x,), (2 * v,))[1]
print("doubling v doubles:", bool(jnp.allclose(d2, 2 * deriv)))
unit = v / jnp.linalg.norm(v)
print("unit direction:", jax.jvp(jax.nn.softmax, (x,), (unit,))[1])
s, ds = jax.jvp(lambda t: jnp.sum(t ** 2), (x,), (v,))
print("scalar jvp:", s, ds, type(ds).__name__, ds.shape)
print("python scalar jvp:", jax.jvp(jnp.sin, (0.0,), (1.0,)))
