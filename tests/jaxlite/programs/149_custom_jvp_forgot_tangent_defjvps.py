"""A custom_jvp rule that forgets the tangent, caught by check_grads; then the same rule via defjvps."""
import jax
import jax.numpy as jnp
from jax.test_util import check_grads


@jax.custom_jvp
def huber(x):
    return jnp.sqrt(1.0 + x ** 2) - 1.0


@huber.defjvp
def huber_bad(primals, tangents):
    (x,), (t,) = primals, tangents
    return huber(x), x / jnp.sqrt(1.0 + x ** 2)  # forgot * t


pts = jnp.array([0.5, -1.5, 2.0])
print("grad with the bad rule:", jax.grad(huber)(1.0))
print("jvp with t=2:", jax.jvp(huber, (1.0,), (2.0,)))
for mode in ["rev", "fwd"]:
    try:
        check_grads(huber, (pts,), order=1, modes=(mode,))
        print(mode, "passed")
    except AssertionError as e:
        lines = [l for l in str(e).splitlines() if l.strip()]
        print(mode, "failed:", type(e).__name__, "|", lines[0])


@jax.custom_jvp
def huber2(x):
    return jnp.sqrt(1.0 + x ** 2) - 1.0


huber2.defjvps(lambda t, ans, x: x / jnp.sqrt(1.0 + x ** 2) * t)
check_grads(huber2, (pts,), order=2)
print("defjvps version passes order 2")
print("grad:", jax.grad(huber2)(jnp.float32(3.0)))
print("hessian:", jax.hessian(huber2)(3.0))
print("custom_jvp type:", type(huber2).__name__)


# rule returning the wrong structure
@jax.custom_jvp
def g(x):
    return x * 2.0


@g.defjvp
def g_rule(primals, tangents):
    return primals[0] * 2.0


try:
    jax.jvp(g, (1.0,), (1.0,))
except Exception as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
