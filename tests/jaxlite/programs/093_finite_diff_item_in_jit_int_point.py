"""Finite differences with .item() and float() on traced values under jit, then jax.grad at an integer point (uncaught)."""
import jax
import jax.numpy as jnp


def bumpy_bowl(x):
    return jnp.sum(jnp.sin(x)) + 0.5 * jnp.sum(x) ** 2


@jax.jit
def central_loop(x, eps):
    print("traced x:", x)
    print("shape and dtype are concrete:", x.shape, x.dtype)
    out = []
    for i in range(x.shape[0]):
        e = jnp.zeros_like(x).at[i].set(eps)
        out.append(((bumpy_bowl(x + e) - bumpy_bowl(x - e)) / (2 * eps)).item())
    return jnp.array(out)


x = jnp.array([1.0, -2.0, 0.0])
try:
    central_loop(x, 1e-3)
except Exception as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])


def central(x, eps):
    n = x.shape[0]
    rows = []
    for i in range(n):
        e = eps * jnp.eye(n)[i]
        rows.append((bumpy_bowl(x + e) - bumpy_bowl(x - e)) / (2 * eps))
    return jnp.array(rows)


est = jax.jit(central, static_argnums=1)(x, 1e-3)
print("jit with static eps:", jnp.round(est, 3))
print("float() outside jit:", round(float(est[0]), 3))

try:
    jax.jit(lambda x, eps: central(x, float(eps)))(x, 1e-3)
except Exception as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])

ints = jnp.array([1, -2, 0])
print("int point dtype:", ints.dtype)
print("fd at int point:", jnp.round(central(ints, 1e-3), 2))
print("grad at int point:", jax.grad(bumpy_bowl)(ints))
