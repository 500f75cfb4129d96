import jax
import jax.numpy as jnp
from jax.test_util import check_grads


@jax.custom_jvp
def softplus(x):
    return jnp.maximum(x, 0.0) + jnp.log1p(jnp.exp(-jnp.abs(x)))


@softplus.defjvp
def softplus_jvp(primals, tangents):
    (x,), (t,) = primals, tangents
    return softplus(x), jnp.exp(x) / (1.0 + jnp.exp(x)) * t  # the sigmoid, written naively


# At moderate points the rule is right, so the check passes...
check_grads(softplus, (jnp.array([-4.0, -1.0, 0.0, 0.5, 3.0]),), order=2)
print("check passed")

# ...but past x = 88.7, exp(x) is inf in float32 and inf / inf is nan.
x = jnp.array([10.0, 90.0, 100.0])
print(softplus(x))
print(jax.grad(lambda x: jnp.sum(softplus(x)))(x))
print(jax.nn.sigmoid(x))  # the slopes it should give
