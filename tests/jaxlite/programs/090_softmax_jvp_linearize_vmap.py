"""Softmax directional derivative via jax.jvp, jax.linearize, a vmapped jvp over basis vectors, and jax.debug.print under jit."""
import functools

import jax
import jax.numpy as jnp


def my_softmax(x):
    z = x - jnp.max(x)
    e = jnp.exp(z)
    return e / jnp.sum(e)


x = jnp.array([1.0, 2.0, 0.5, -1.0])
v = jnp.array([0.5, -1.0, 0.0, 2.0])

value, deriv = jax.jvp(jax.nn.softmax, (x,), (v,))
print("value:", value)
print("J v:  ", deriv)
print("sum of J v ~ 0:", bool(jnp.abs(jnp.sum(deriv)) < 1e-6))

y, f_lin = jax.linearize(my_softmax, x)
print("linearize matches:", bool(jnp.allclose(f_lin(v), deriv, atol=1e-6)))
print("linear in v:", bool(jnp.allclose(f_lin(2.0 * v), 2.0 * deriv, atol=1e-6)))

p = jax.nn.softmax(x)
closed = p * (v - jnp.dot(p, v))
print("closed form p*(v - p.v):", closed)

columns = jax.vmap(lambda t: jax.jvp(my_softmax, (x,), (t,))[1])(jnp.eye(4))
jac = jax.jacfwd(my_softmax)(x)
print("vmapped jvp rows == jacfwd columns:", bool(jnp.allclose(columns.T, jac, atol=1e-6)))
print("jacobian symmetric:", bool(jnp.allclose(jac, jac.T, atol=1e-6)))


@functools.partial(jax.jit)
def softmax_jvp(x, v):
    val, d = jax.jvp(my_softmax, (x,), (v,))
    jax.debug.print("inside jit: max prob {m:.4f}", m=jnp.max(val))
    return val, d


val2, d2 = softmax_jvp(x, v)
print("jit agrees:", bool(jnp.allclose(d2, deriv, atol=1e-6)), d2.dtype, d2.shape)
val3, d3 = softmax_jvp(x + 100.0, v)
print("shift invariant:", bool(jnp.allclose(d3, deriv, atol=1e-5)))
