"""Learner mistakes with jax.jvp: bare arrays, a tangent of the wrong shape, an int32 tangent, and a list of primals."""
import jax
import jax.numpy as jnp

x = jnp.array([0.2, -0.4, 1.0])
v = jnp.array([1.0, 0.0, 0.0])


def report(label, thunk):
    try:
        out = thunk()
        print(label, "ok:", out)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", str(e).splitlines()[0])


report("bare arrays", lambda: jax.jvp(jax.nn.softmax, x, v))
report("short tangent", lambda: jax.jvp(jax.nn.softmax, (x,), (v[:2],)))
report("int tangent", lambda: jax.jvp(jax.nn.softmax, (x,), (jnp.array([1, 0, 0]),)))
report("lists instead of tuples", lambda: jax.jvp(jax.nn.softmax, [x], [v])[1])
report("tangent count", lambda: jax.jvp(jax.nn.softmax, (x,), (v, v)))

primal_out, tangent_out = jax.jvp(jax.nn.softmax, (x,), (v,))
print("correct call:", primal_out.shape, tangent_out.shape)
print("J v:", tangent_out)
doubled = jax.jvp(jax.nn.softmax, (x,), (2.0 * v,))[1]
print("doubling v doubles J v:", bool(jnp.allclose(doubled, 2.0 * tangent_out)))
unit = v / jnp.linalg.norm(v)
print("norm of v:", jnp.linalg.norm(v), "unit already:", bool(jnp.allclose(unit, v)))
