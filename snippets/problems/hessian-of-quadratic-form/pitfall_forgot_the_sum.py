import jax
import jax.numpy as jnp

a = jnp.array([[2.0, 1.0], [0.0, 3.0]])
x = jnp.array([1.0, -1.0])


def form_terms(x):
    return x * (a @ x)  # the terms of xᵀAx, not yet summed: a vector


# jax.hessian accepts a vector function and returns one Hessian per output:
print(jax.hessian(form_terms)(x).shape)


def form(x):
    return x @ a @ x  # a scalar


print(jax.hessian(form)(x).shape)
