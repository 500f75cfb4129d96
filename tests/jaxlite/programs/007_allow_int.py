"""allow_int lets grad accept integer inputs; their gradient has dtype float0."""

import jax
import jax.numpy as jnp


def scale(x, n):
    return x * n


gx, gn = jax.grad(scale, argnums=(0, 1), allow_int=True)(2.0, 3)
print(gx)
print(gn.shape, gn.dtype == jax.dtypes.float0)
gx = jax.grad(scale, allow_int=True)(2.0, 3)
print(repr(gx))
g = jax.grad(lambda v, i: jnp.sum(v[i]) * 2.0, allow_int=True)(
    jnp.array([1.0, 2.0, 3.0]), jnp.array([0, 2])
)
print(g)
