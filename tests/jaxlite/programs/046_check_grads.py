"""jax.test_util.check_grads in forward and reverse mode, orders 1 and 2."""

import jax.numpy as jnp
from jax import lax
from jax.test_util import check_grads


def f(x, y):
    return jnp.sum(jnp.sin(x) * y**2)


x = jnp.array([0.3, 1.2])
y = jnp.array([2.0, -1.0])
check_grads(f, (x, y), order=1)
print("order 1 ok")
check_grads(f, (x, y), order=2)
print("order 2 ok")
check_grads(f, (x, y), order=2, modes=["rev"])
print("rev ok")
check_grads(f, (x, y), order=1, modes=("fwd",))
print("fwd ok")
check_grads(jnp.tanh, (0.5,), order=2, eps=1e-3)
print("tanh ok")


def blocked(v):
    # the numerical derivative sees 2*v, autodiff sees only v: check_grads must object
    return lax.stop_gradient(v) * v


for mode in ["fwd", "rev"]:
    try:
        check_grads(blocked, (1.5,), order=1, modes=[mode])
        print(mode, "no mismatch?")
    except AssertionError as e:
        print(mode, "mismatch detected:", type(e).__name__)
