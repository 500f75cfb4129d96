"""jit as a decorator, with static_argnums, static_argnames and functools.partial."""

import functools

import jax
import jax.numpy as jnp


@jax.jit
def affine(x, w, b):
    return x @ w + b


x = jnp.array([[1.0, 2.0], [3.0, 4.0]])
print(affine(x, jnp.array([0.5, -0.5]), 1.0))


def power_sum(x, n):
    return jnp.sum(x**n)


fast = jax.jit(power_sum, static_argnums=1)
print(fast(jnp.array([1.0, 2.0, 3.0]), 2))
print(fast(jnp.array([1.0, 2.0, 3.0]), 3))


@functools.partial(jax.jit, static_argnums=(1,))
def repeat_add(x, times):
    for _ in range(times):
        x = x + 1.0
    return x


print(repeat_add(jnp.zeros(2), 4))


@functools.partial(jax.jit, static_argnames=["mode"])
def reduce(x, mode="sum"):
    return jnp.sum(x) if mode == "sum" else jnp.max(x)


print(reduce(jnp.array([1.0, 5.0, 2.0])), reduce(jnp.array([1.0, 5.0, 2.0]), mode="max"))
print(jax.grad(jax.jit(lambda t: t**3))(2.0))
print(jax.jit(jax.grad(lambda t: jnp.sin(t) * t))(1.0))
