"""Softplus with a custom_jvp rule using jax.nn.sigmoid, verified with check_grads and probed far beyond +-88."""
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


PROBES = jnp.array([-3.0, -0.5, 0.0, 0.7, 2.5])
check_grads(softplus, (PROBES,), order=2, modes=("fwd", "rev"))
print("check_grads passed")

x = jnp.array([-200.0, -120.0, -1.0, 0.0, 1.0, 90.0, 200.0])
values = softplus(x)
slopes = jax.grad(lambda z: jnp.sum(softplus(z)))(x)
print("values:", values)
print("slopes:", slopes)
print("finite:", bool(jnp.all(jnp.isfinite(values))), bool(jnp.all(jnp.isfinite(slopes))))

plain = lambda z: jnp.maximum(z, 0.0) + jnp.log1p(jnp.exp(-jnp.abs(z)))
print("autodiff of stable formula at 0:", jax.grad(plain)(0.0))
print("custom rule at 0:", jax.grad(softplus)(0.0))
naive = lambda z: jnp.log(1.0 + jnp.exp(z))
print("naive at 100:", naive(100.0), jax.grad(naive)(100.0))

second = jax.grad(jax.grad(softplus))
print("second derivative at 0 (sigmoid'(0)):", second(0.0))
val, tan = jax.jvp(softplus, (jnp.array([0.0, 3.0]),), (jnp.array([2.0, -1.0]),))
print("jvp:", val, tan)
