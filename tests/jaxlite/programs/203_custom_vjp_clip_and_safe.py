"""custom_vjp: gradient clipping identity, a stable log1pexp, nondiff_argnums, and a wrong-arity bwd error."""
import functools
import jax
import jax.numpy as jnp


@jax.custom_vjp
def clip_grad(x):
    return x


def clip_fwd(x):
    return x, None


def clip_bwd(_, g):
    return (jnp.clip(g, -1.0, 1.0),)


clip_grad.defvjp(clip_fwd, clip_bwd)
x = jnp.array([1.0, 2.0, -3.0])
print("value:", clip_grad(x))
print("clipped grad:", jax.grad(lambda x: jnp.sum(clip_grad(x) ** 2))(x))
print("plain grad:", jax.grad(lambda x: jnp.sum(x ** 2))(x))


@jax.custom_vjp
def log1pexp(x):
    return jnp.log1p(jnp.exp(x))


def l_fwd(x):
    return log1pexp(x), x


def l_bwd(x, g):
    return (g * jax.nn.sigmoid(x),)


log1pexp.defvjp(l_fwd, l_bwd)
print("naive grad at 100:", jax.grad(lambda x: jnp.log1p(jnp.exp(x)))(100.0))
print("custom grad at 100:", jax.grad(log1pexp)(100.0))
print("vmap custom:", jax.vmap(jax.grad(log1pexp))(jnp.array([-1.0, 0.0, 1.0])))
print("jit custom:", jax.jit(jax.grad(log1pexp))(0.0))


@functools.partial(jax.custom_vjp, nondiff_argnums=(1,))
def scale(x, k):
    return x * k


def s_fwd(x, k):
    return x * k, None


def s_bwd(k, _, g):
    return (g * k * 10,)


scale.defvjp(s_fwd, s_bwd)
print("nondiff grad:", jax.grad(scale)(2.0, 3.0))


@jax.custom_vjp
def bad(x, y):
    return x * y


bad.defvjp(lambda x, y: (x * y, (x, y)), lambda res, g: (g * res[1],))
try:
    jax.grad(bad)(1.0, 2.0)
except Exception as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
try:
    jax.jvp(log1pexp, (1.0,), (1.0,))
except Exception as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
