import jax
import jax.numpy as jnp
from jax.test_util import check_grads

w = jnp.array([0.5, -1.0])
x = jnp.array([[1.0, 2.0], [0.0, 1.0]])
r = jnp.array([1.0, 0.0])
x_next = jnp.array([[2.0, 0.0], [1.0, 1.0]])
gamma = 0.9


def td_loss(w):
    target = jax.lax.stop_gradient(r + gamma * x_next @ w)
    return jnp.mean((x @ w - target) ** 2)


# Finite differences see the loss's real slope, target included; autodiff does not.
try:
    check_grads(td_loss, (w,), order=1, modes=["rev"])
except AssertionError as err:
    print(f"AssertionError: {err}")
