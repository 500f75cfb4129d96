"""Gradient of sum((w*x+b)^2) with Python scalars vs arrays: reprs, weak types, and the jaxpr."""
import jax
import jax.numpy as jnp


def grad_of_quadratic(w, b, x):
    return jax.grad(lambda w: jnp.sum((w * x + b) ** 2))(w)


x = jnp.array([1.0, 2.0, 3.0])
for w in [0.5, jnp.float32(0.5), jnp.array(0.5), jnp.array([0.5])[0]]:
    g = grad_of_quadratic(w, 1.0, x)
    print(type(w).__name__, "->", repr(g))
print("closed form:", jnp.sum(2 * (0.5 * x + 1.0) * x))
print("int w:")
try:
    grad_of_quadratic(1, 1.0, x)
except TypeError as e:
    print(" ", type(e).__name__, "|", str(e).splitlines()[0])
print("python list x:")
try:
    print(grad_of_quadratic(0.5, 1.0, [1.0, 2.0]))
except TypeError as e:
    print(" ", type(e).__name__, "|", str(e).splitlines()[0])
print("int x, float w:", repr(grad_of_quadratic(0.5, 1, jnp.array([1, 2, 3]))))
print(jax.make_jaxpr(lambda w: (w * 2.0 + 1.0) ** 2)(0.5))
print(jax.make_jaxpr(jax.grad(lambda w: w * w))(3.0))
print("weak sum:", repr(jnp.sum(jnp.array([1.0, 2.0]) * 2.0)))
print("python float times array:", repr(2.0 * jnp.array(3.0)), repr(jnp.float32(2) * 3))
