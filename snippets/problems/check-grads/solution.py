import jax
import jax.numpy as jnp
from jax.test_util import check_grads

# Where the derivative rule is verified: moderate points, one of them the kink at 0.
PROBES = jnp.array([-4.0, -1.0, 0.0, 0.5, 3.0])


@jax.custom_jvp
def softplus(x):
    """log(1 + exp(x)) that never overflows: exp only ever sees a number <= 0."""
    return jnp.maximum(x, 0.0) + jnp.log1p(jnp.exp(-jnp.abs(x)))


@softplus.defjvp
def _softplus_jvp(primals, tangents):
    (x,), (t,) = primals, tangents
    # The slope is the sigmoid, and the rule must be linear in the tangent t. Autodiff of
    # the formula above would instead meet maximum and abs at their kinks when x == 0.
    return softplus(x), jax.nn.sigmoid(x) * t


def softplus_with_slope(x):
    """Softplus and its derivative, entry by entry, after checking the rule at PROBES."""
    check_grads(softplus, (PROBES,), order=2, modes=("fwd", "rev"))
    slopes = jax.grad(lambda x: jnp.sum(softplus(x)))(x)
    return softplus(x), slopes
