import jax
import jax.numpy as jnp
from jax.test_util import check_grads


@jax.custom_jvp
def softplus(x):
    return jnp.maximum(x, 0.0) + jnp.log1p(jnp.exp(-jnp.abs(x)))


@softplus.defjvp
def softplus_jvp(primals, tangents):
    (x,), (t,) = primals, tangents
    return softplus(x), jax.nn.sigmoid(x) * t


# A correct rule, checked at a large input: near 100, float32 numbers are 7.6e-6 apart,
# a visible fraction of check_grads' step of 1e-4, so the finite difference is coarse.
print(jnp.nextafter(jnp.float32(100.0), jnp.float32(200.0)) - 100.0)
try:
    check_grads(softplus, (jnp.array([20.0, 50.0, 100.0]),), order=1)
except AssertionError as err:
    print(f"AssertionError: {err}")

# The same rule checked where float32 can resolve the step passes.
check_grads(softplus, (jnp.array([-4.0, -1.0, 0.0, 0.5, 3.0]),), order=2)
print("check passed at moderate points")
