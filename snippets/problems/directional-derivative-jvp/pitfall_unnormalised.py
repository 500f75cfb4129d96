import jax
import jax.numpy as jnp


def f(p):
    return jnp.sum(p**2)


p = jnp.array([1.0, 1.0])
v = jnp.array([3.0, 4.0])  # length 5

# jax.jvp does not rescale v: the result is 5 times the unit-direction slope.
print(jax.jvp(f, (p,), (v,))[1])
print(jax.jvp(f, (p,), (v / jnp.linalg.norm(v),))[1])  # the textbook unit-vector version
