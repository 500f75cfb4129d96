import jax
import jax.numpy as jnp


def sinc_naive(x):
    """sin(x) / x, with its limit 1 filled in at 0."""
    return jnp.where(x == 0, 1.0, jnp.sin(x) / x)


def sinc_safe(x):
    is_zero = x == 0
    safe_x = jnp.where(is_zero, 1.0, x)  # the division below never sees a 0
    return jnp.where(is_zero, 1.0, jnp.sin(safe_x) / safe_x)


x = jnp.array([-2.0, 0.0, 0.5])
print(sinc_naive(x), sinc_safe(x))  # the same values


def slope(f):
    return jax.grad(lambda x: jnp.sum(f(x)))


print(slope(sinc_naive)(x))  # nan where x == 0, though that branch was never selected
print(slope(sinc_safe)(x))  # 0 at x == 0, the true slope of sinc there

# Why: the unselected branch gets a zero cotangent, and zero times its derivative there is
# 0 * nan (here sin(x)/x at 0 is 0/0). The safe input removes the nan at its source.
print(jax.grad(lambda x: jnp.sin(x) / x)(0.0))
