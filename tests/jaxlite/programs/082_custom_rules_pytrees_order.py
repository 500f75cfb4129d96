"""custom_jvp and custom_vjp: pytree outputs, when each rule runs, nondiff arguments."""

from functools import partial

import jax
import jax.numpy as jnp


@jax.custom_jvp
def clipped_log(x):
    print("primal clipped_log")
    return jnp.log(jnp.maximum(x, 1e-3))


@clipped_log.defjvp
def _clipped_log_jvp(primals, tangents):
    print("jvp rule")
    (x,), (t,) = primals, tangents
    return clipped_log(x), t / jnp.maximum(x, 1e-3)


print(clipped_log(2.0))
print(jax.grad(clipped_log)(2.0))
print(jax.grad(jax.grad(clipped_log))(2.0))
print(jax.jvp(clipped_log, (2.0,), (1.0,)))


@jax.custom_vjp
def scaled(x, k):
    print("primal scaled")
    return {"y": x * k, "pair": (jnp.sin(x), k * 1.0)}


def _scaled_fwd(x, k):
    print("fwd")
    return scaled(x, k), (x, k)


def _scaled_bwd(res, g):
    print("bwd")
    x, k = res
    return (g["y"] * k + g["pair"][0] * jnp.cos(x), g["y"] * x + g["pair"][1])


scaled.defvjp(_scaled_fwd, _scaled_bwd)

print(scaled(1.5, 2.0))
print(jax.grad(lambda x: scaled(x, 2.0)["y"] + scaled(x, 2.0)["pair"][0])(1.5))
out, pullback = jax.vjp(scaled, jnp.float32(1.5), jnp.float32(2.0))
print(out)
print(pullback({"y": jnp.float32(1.0), "pair": (jnp.float32(2.0), jnp.float32(3.0))}))
try:
    jax.jvp(scaled, (1.5, 2.0), (1.0, 0.0))
except TypeError as err:
    print("TypeError:", err)


@partial(jax.custom_jvp, nondiff_argnums=(0,))
def apply_twice(f, x):
    return f(f(x))


@apply_twice.defjvp
def _apply_twice_jvp(f, primals, tangents):
    (x,), (t,) = primals, tangents
    y, dy = jax.jvp(f, (x,), (t,))
    return jax.jvp(f, (y,), (dy,))


print(apply_twice(jnp.tanh, 0.5), jax.grad(partial(apply_twice, jnp.tanh))(0.5))
print(jax.vmap(jax.grad(partial(apply_twice, jnp.sin)))(jnp.array([0.1, 0.2, 0.3])))


@jax.custom_jvp
def polar(p):
    r, theta = p
    return {"x": r * jnp.cos(theta), "y": r * jnp.sin(theta)}


@polar.defjvp
def _polar_jvp(primals, tangents):
    (r, theta), (dr, dtheta) = primals[0], tangents[0]
    out = polar((r, theta))
    return out, {"x": dr * jnp.cos(theta) - r * jnp.sin(theta) * dtheta,
                 "y": dr * jnp.sin(theta) + r * jnp.cos(theta) * dtheta}


print(polar((2.0, 0.5)))
print(jax.jacrev(lambda p: polar(p)["x"] + 2 * polar(p)["y"])((2.0, 0.5)))
print(jax.jacfwd(lambda p: polar(p)["y"])((2.0, 0.5)))

xs = jnp.array([0.5, 2.0, 4.0])
print(jax.vmap(clipped_log)(xs))
print(jax.vmap(jax.grad(clipped_log))(xs))
print(jax.jit(jax.vmap(scaled, in_axes=(0, None)))(xs, 3.0))
