"""Forward- and reverse-mode Jacobians agree."""

import jax
import jax.numpy as jnp


def f(x):
    return jnp.array([x[0] * x[1], jnp.sin(x[0]) + x[2] ** 2, x[1] / x[2]])


x = jnp.array([1.0, 2.0, 4.0])
jf = jax.jacfwd(f)(x)
jr = jax.jacrev(f)(x)
print(jf)
print(jr)
print(jf.shape, jr.shape)
print(jnp.allclose(jf, jr))


def g(a, b):
    return a * b + jnp.tanh(a)


print(jax.jacfwd(g, argnums=1)(jnp.array([0.5, -0.5]), jnp.array([2.0, 3.0])))
print(jax.jacrev(g, argnums=(0, 1))(jnp.array([0.5, -0.5]), jnp.array([2.0, 3.0])))
print(jax.jacrev(lambda x: jnp.sum(x**3))(jnp.array([1.0, 2.0])))
print(jax.jacfwd(jnp.exp)(1.5))
