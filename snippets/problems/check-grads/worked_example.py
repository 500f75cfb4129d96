import jax
import jax.numpy as jnp
from jax.test_util import check_grads


@jax.custom_jvp
def pseudo_huber(x):
    """sqrt(1 + x^2) - 1: quadratic near 0, linear far out, smooth everywhere."""
    return jnp.sqrt(1.0 + x**2) - 1.0


@pseudo_huber.defjvp
def pseudo_huber_jvp(primals, tangents):
    (x,), (t,) = primals, tangents
    return pseudo_huber(x), x / jnp.sqrt(1.0 + x**2) * t  # the slope, times the tangent


points = jnp.array([-2.0, -0.3, 0.0, 0.7, 1.5])
# First and second derivatives, forward and reverse mode: silent when all agree.
check_grads(pseudo_huber, (points,), order=2, modes=("fwd", "rev"))
print("the hand-written rule passes")
print(jax.grad(lambda x: jnp.sum(pseudo_huber(x)))(points))


# The same function with a rule that forgets to multiply by the tangent.
@jax.custom_jvp
def pseudo_huber_bad(x):
    return jnp.sqrt(1.0 + x**2) - 1.0


@pseudo_huber_bad.defjvp
def pseudo_huber_bad_jvp(primals, tangents):
    (x,), (t,) = primals, tangents  # noqa: F841 - that t goes unused is the bug
    return pseudo_huber_bad(x), x / jnp.sqrt(1.0 + x**2)  # no "* t"


try:
    check_grads(pseudo_huber_bad, (points,), order=1, modes=("fwd",))
except AssertionError as err:
    print(f"AssertionError: {err}")
