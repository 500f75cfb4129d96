"""A custom_jvp rule that forgets the tangent is caught by check_grads; an overflowing sigmoid in the rule passes but gives nan at 100."""
import jax
import jax.numpy as jnp
from jax.test_util import check_grads


@jax.custom_jvp
def huber(x):
    return jnp.sqrt(1.0 + x * x) - 1.0


@huber.defjvp
def huber_rule_bad(primals, tangents):
    (x,), (t,) = primals, tangents
    return huber(x), x / jnp.sqrt(1.0 + x * x)


probes = jnp.array([-1.5, 0.25, 2.0])
for mode in ["fwd", "rev"]:
    try:
        check_grads(huber, (probes,), order=1, modes=(mode,))
        print(mode, "passed")
    except AssertionError as e:
        lines = [ln for ln in str(e).splitlines() if ln.strip()]
        print(mode, type(e).__name__, lines[0])

print("grad at probes:", jax.vmap(jax.grad(huber))(probes))


@jax.custom_jvp
def softplus(x):
    return jnp.maximum(x, 0.0) + jnp.log1p(jnp.exp(-jnp.abs(x)))


@softplus.defjvp
def softplus_rule(primals, tangents):
    (x,), (t,) = primals, tangents
    return softplus(x), jnp.exp(x) / (1.0 + jnp.exp(x)) * t


check_grads(softplus, (jnp.array([-2.0, 0.0, 1.5]),), order=1, modes=("fwd", "rev"))
print("overflowing rule passed the check at small probes")
far = jnp.array([10.0, 88.0, 89.0, 100.0])
slopes = jax.grad(lambda z: jnp.sum(softplus(z)))(far)
print("slopes far out:", slopes)
print("any nan:", bool(jnp.any(jnp.isnan(slopes))))
