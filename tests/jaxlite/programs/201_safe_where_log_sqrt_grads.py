"""jnp.where-guarded log/sqrt/division: NaN gradients at the unsafe point vs the double-where fix."""
import jax
import jax.numpy as jnp


def naive_log(x):
    return jnp.where(x > 0, jnp.log(x), 0.0)


def safe_log(x):
    safe = jnp.where(x > 0, x, 1.0)
    return jnp.where(x > 0, jnp.log(safe), 0.0)


def naive_div(x):
    return jnp.where(x != 0, 1.0 / x, 0.0)


def safe_div(x):
    return jnp.where(x != 0, 1.0 / jnp.where(x != 0, x, 1.0), 0.0)


xs = jnp.array([-1.0, 0.0, 2.0])
for fn in [naive_log, safe_log, naive_div, safe_div]:
    print(fn.__name__, "value:", fn(xs), "grad:", jax.vmap(jax.grad(fn))(xs))
print("naive_log value at 0:", naive_log(0.0))
print("grad sqrt at 0:", jax.grad(jnp.sqrt)(0.0))
print("grad where-sqrt at 0:", jax.grad(lambda x: jnp.where(x > 0, jnp.sqrt(x), 0.0))(0.0))
print("grad safe sqrt at 0:", jax.grad(lambda x: jnp.sqrt(jnp.where(x > 0, x, 0.0) + 0.0) * (x > 0))(0.0))


def safe_norm(v):
    sq = jnp.sum(v ** 2)
    ok = sq > 0
    return jnp.where(ok, jnp.sqrt(jnp.where(ok, sq, 1.0)), 0.0)


print("safe_norm grad at 0:", jax.grad(safe_norm)(jnp.zeros(3)))
print("safe_norm grad at v:", jax.grad(safe_norm)(jnp.array([3.0, 0.0, 4.0])))
print("xlogx via xlogy:", jax.grad(lambda x: jax.scipy.special.xlogy(x, x))(0.0))
print("where scalar cond:", jnp.where(True, 1, 2.0))
print("where one-arg:", jnp.where(jnp.array([0, 3, 0, 1])))
