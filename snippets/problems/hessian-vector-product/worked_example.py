import jax
import jax.numpy as jnp


def energy(p):
    return jnp.sum(p**4) / 4.0 + p[0] * p[1] - jnp.sum(jnp.sin(p))


def hvp(f, p, v):
    # The gradient is a function R^n -> R^n; its JVP along v is (Hessian of f) @ v.
    return jax.jvp(jax.grad(f), (p,), (v,))[1]


p = jnp.array([1.0, -0.5, 2.0])
v = jnp.array([0.0, 1.0, -1.0])
print(hvp(energy, p, v))
print(jax.hessian(energy)(p) @ v)  # the same, from the full 3 x 3 matrix

# The same code at a size where the Hessian (10^8 floats, 400 MB) is never built:
big = jnp.linspace(-1.0, 1.0, 10_000)
print(hvp(energy, big, jnp.ones_like(big)).shape)
