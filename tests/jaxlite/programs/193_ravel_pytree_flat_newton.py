"""ravel_pytree to flatten mixed params, take a flat Hessian, Newton step, and unravel back."""
import jax
import jax.numpy as jnp
from jax.flatten_util import ravel_pytree

params = {"a": jnp.array([1.0, 2.0]), "b": jnp.array(3.0), "c": [jnp.array([[0.5]])]}
flat, unravel = ravel_pytree(params)
print("flat:", flat, flat.shape)
back = unravel(flat)
print("back:", back)


def loss(p):
    return jnp.sum((p["a"] - 1.0) ** 2) + (p["b"] - 2.0) ** 4 + jnp.sum(p["c"][0] ** 2)


flat_loss = lambda f: loss(unravel(f))
g = jax.grad(flat_loss)(flat)
H = jax.hessian(flat_loss)(flat)
print("g:", g)
print("H diag:", jnp.diag(H))
step = jnp.linalg.solve(H, g)
new = unravel(flat - step)
print("after newton:", new)
gtree = jax.grad(loss)(params)
print("flat grad matches tree grad:", bool(jnp.allclose(ravel_pytree(gtree)[0], g)))
try:
    unravel(jnp.ones(3))
except Exception as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
fi, un2 = ravel_pytree({"i": jnp.array([1, 2]), "f": jnp.array([0.5])})
print("mixed dtype flat:", fi, fi.dtype)
print("unravel dtypes:", {k: v.dtype for k, v in un2(fi).items()})
e, _ = ravel_pytree([])
print("empty:", e, e.dtype)
