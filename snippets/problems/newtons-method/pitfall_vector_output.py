import jax
import jax.numpy as jnp


def f_terms(x):
    return 0.5 * x**2 + jax.nn.softplus(x)  # one term per coordinate, never summed


x = jnp.array([1.0, -2.0, 0.5])

# jax.grad insists on a single number...
try:
    jax.grad(f_terms)(x)
except TypeError as err:
    print(f"TypeError: {err}")

# ...but jax.hessian answers anyway, with one Hessian per output: (3, 3, 3), not (3, 3).
print(jax.hessian(f_terms)(x).shape)


def f(x):
    return jnp.sum(0.5 * x**2 + jax.nn.softplus(x))


print(jax.hessian(f)(x).shape)
