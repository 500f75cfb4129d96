"""Flat parameter vector: ravel_pytree round trip, lax.dynamic_slice, unused entries, argnums=(0, 1)."""
import jax
import jax.numpy as jnp
from jax import lax
from jax.flatten_util import ravel_pytree


def grad_over_flat_params(flat, x):
    d = x.shape[1]

    def loss(p):
        w = lax.dynamic_slice(p, (0,), (d,))
        b = p[d]
        return jnp.sum((x @ w + b) ** 2)

    return jax.grad(loss)(flat)


x = jnp.array([[1.0, 2.0], [0.0, -1.0], [3.0, 1.0]])
flat = jnp.array([0.5, -0.25, 0.1])
g = grad_over_flat_params(flat, x)
print("flat grad:", g, g.shape)
pred = x @ flat[:2] + flat[2]
print("closed form:", jnp.concatenate([2 * pred @ x, jnp.array([2 * jnp.sum(pred)])]))

params = {"w": flat[:2], "b": flat[2]}
vec, unravel = ravel_pytree(params)
print("ravel order:", vec)
back = unravel(vec)
print("unravel:", {k: back[k].shape for k in sorted(back)})
gd = jax.grad(lambda p: jnp.sum((x @ p["w"] + p["b"]) ** 2))(params)
print("dict grad flattened:", ravel_pytree(gd)[0])

# longer vector: padding entry never read
padded = jnp.concatenate([flat, jnp.array([7.0])])
print("unused entry grad:", grad_over_flat_params(padded, x))
print("d is a python int while tracing:", jax.grad(lambda p: (print("  d type:", type(x.shape[1]).__name__, "p:", type(p).__name__) or jnp.sum(p)))(flat))
two = jax.grad(lambda p, x: jnp.sum((x @ p[:2] + p[2]) ** 2), argnums=(0, 1))(flat, x)
print("argnums=(0,1) gives:", type(two).__name__, [t.shape for t in two])
try:
    jax.grad(lambda p: jnp.sum(p))(jnp.array([1, 2, 3]))
except TypeError as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
print("dynamic_slice clamps:", lax.dynamic_slice(jnp.arange(5), (4,), (2,)))
