"""jax.linearize: reuse the linear map for many tangents and compare with jvp; wrong tangent shape."""
import jax
import jax.numpy as jnp


def f(x):
    return jnp.stack([jnp.sum(x ** 2), jnp.prod(x), jnp.exp(x[0]) * x[1]])


x = jnp.array([1.0, 2.0, 0.5])
y, f_jvp = jax.linearize(f, x)
print("primal:", y)
for v in [jnp.array([1.0, 0.0, 0.0]), jnp.array([0.0, 1.0, 0.0]), jnp.array([1.0, 1.0, 1.0])]:
    t = f_jvp(v)
    _, t2 = jax.jvp(f, (x,), (v,))
    print("tangent", v, "->", t, bool(jnp.allclose(t, t2)))
print("linear in v:", bool(jnp.allclose(f_jvp(2.0 * x), 2.0 * f_jvp(x))))
cols = jax.vmap(f_jvp)(jnp.eye(3))
print("vmap of linear map is J^T:", bool(jnp.allclose(cols.T, jax.jacfwd(f)(x))))
try:
    f_jvp(jnp.ones(2))
except Exception as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
y2, g = jax.linearize(lambda a, b: a * b + jnp.sin(a), 1.0, 2.0)
print("two args:", repr(y2), repr(g(1.0, 0.0)), repr(g(0.0, 1.0)))
