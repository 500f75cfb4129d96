"""Stable softplus with a custom_jvp rule, checked by check_grads at order 2, then values far out."""
import jax
import jax.numpy as jnp
from jax.test_util import check_grads


@jax.custom_jvp
def softplus(x):
    return jnp.maximum(x, 0.0) + jnp.log1p(jnp.exp(-jnp.abs(x)))


@softplus.defjvp
def softplus_jvp(primals, tangents):
    (x,), (t,) = primals, tangents
    return softplus(x), t / (1.0 + jnp.exp(-x))


PROBES = jnp.array([-3.0, -0.5, 0.0, 0.7, 2.5])
print("check_grads returned:", check_grads(softplus, (PROBES,), order=2, modes=("fwd", "rev")))

x = jnp.array([-200.0, -90.0, 0.0, 1.0, 90.0, 1000.0])
vals = softplus(x)
slopes = jax.grad(lambda x: jnp.sum(softplus(x)))(x)
print("values:", vals)
print("slopes:", slopes)
print("dtypes:", vals.dtype, slopes.dtype)
print("finite:", bool(jnp.all(jnp.isfinite(vals))), bool(jnp.all(jnp.isfinite(slopes))))

# the naive formula
naive = lambda x: jnp.log(1.0 + jnp.exp(x))
print("naive at 100:", naive(100.0), "slope:", jax.grad(naive)(100.0))
# autodiff through the stable formula at the kink
plain = lambda x: jnp.maximum(x, 0.0) + jnp.log1p(jnp.exp(-jnp.abs(x)))
print("autodiff stable at 0:", jax.grad(plain)(0.0), "custom at 0:", jax.grad(softplus)(0.0))
print("second derivative at 0:", jax.grad(jax.grad(softplus))(0.0))
print("scalar python input type:", type(softplus(1.0)).__name__, softplus(1.0).dtype)
print("vmap of grad:", jax.vmap(jax.grad(softplus))(jnp.array([-1.0, 0.0, 1.0])))
