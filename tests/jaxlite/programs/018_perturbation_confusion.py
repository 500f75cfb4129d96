"""Nested grads must keep their perturbations apart."""

import jax

print(jax.grad(lambda x: x * jax.grad(lambda y: x * y)(1.0))(2.0))
print(jax.grad(lambda x: jax.grad(lambda y: x + y)(x))(3.0))
print(jax.grad(lambda x: x * jax.grad(lambda y: x * y**2)(x))(2.0))


def outer(x):
    def inner(y):
        return x * y + y**2

    return jax.grad(inner)(x) * x


print(jax.grad(outer)(1.5))
print(jax.jvp(lambda x: x * jax.jvp(lambda y: x * y, (1.0,), (1.0,))[1], (2.0,), (1.0,)))
