"""NaN gradients leaking through jnp.where, and the double-where fix."""

import jax
import jax.numpy as jnp


def safe_log_naive(x):
    return jnp.where(x > 0.0, jnp.log(x), 0.0)


def safe_log_fixed(x):
    safe_x = jnp.where(x > 0.0, x, 1.0)
    return jnp.where(x > 0.0, jnp.log(safe_x), 0.0)


xs = jnp.array([-1.0, 0.0, 2.0])
print(safe_log_naive(xs), safe_log_fixed(xs))
print(jax.vmap(jax.grad(safe_log_naive))(xs))
print(jax.vmap(jax.grad(safe_log_fixed))(xs))


def norm_naive(v):
    return jnp.where(jnp.all(v == 0.0), 0.0, jnp.sqrt(jnp.sum(v**2)))


def norm_fixed(v):
    is_zero = jnp.all(v == 0.0)
    safe_v = jnp.where(is_zero, jnp.ones_like(v), v)
    return jnp.where(is_zero, 0.0, jnp.sqrt(jnp.sum(safe_v**2)))


print(jax.grad(norm_naive)(jnp.zeros(2)), jax.grad(norm_fixed)(jnp.zeros(2)))
print(jax.grad(norm_fixed)(jnp.array([3.0, 4.0])))
print(jax.grad(lambda x: jnp.where(x > 0, x, 1.0 / x))(0.0))
