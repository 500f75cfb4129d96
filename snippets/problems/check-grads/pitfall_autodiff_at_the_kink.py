import jax
import jax.numpy as jnp
from jax.test_util import check_grads


def softplus(x):  # stable, but no rule of its own: autodiff goes through maximum and abs
    return jnp.maximum(x, 0.0) + jnp.log1p(jnp.exp(-jnp.abs(x)))


x = jnp.array([-1.0, 0.0, 1.0])
print(softplus(x))  # the values are right
print(jax.grad(lambda x: jnp.sum(softplus(x)))(x))  # the slope at 0 should be 0.5
print(jax.nn.sigmoid(x))  # the true slopes

try:
    check_grads(softplus, (jnp.array([-4.0, -1.0, 0.0, 0.5, 3.0]),), order=2)
except AssertionError as err:
    print(f"AssertionError: {err}")
