import jax
import jax.numpy as jnp
from jax.test_util import check_grads

# Where the derivative rule is verified: moderate points, one of them the kink at 0.
PROBES = jnp.array([-4.0, -1.0, 0.0, 0.5, 3.0])


def softplus_with_slope(x):
    """Softplus log(1 + exp(x)) and its derivative, entry by entry, with a checked rule.

    Write ``softplus`` yourself as a ``jax.custom_jvp`` function: a forward formula that
    never overflows in float32, and a hand-written JVP rule. Before returning, verify it
    with ``check_grads(softplus, (PROBES,), order=2, modes=("fwd", "rev"))``.
    Do not use ``jax.nn.softplus`` or ``jnp.logaddexp``.

    Args:
        x: float32 array of any shape; entries may be far beyond +-88.

    Returns:
        A tuple ``(values, slopes)`` of float32 arrays shaped like ``x``: ``softplus(x)``,
        and the gradient of ``jnp.sum(softplus(x))`` with respect to ``x``.
    """
    raise NotImplementedError("define softplus with @jax.custom_jvp, then check it at PROBES")
