"""Problem solution: gradient of sum((w*x + b)**2) with respect to the scalar w."""

import jax
import jax.numpy as jnp


def grad_of_quadratic(w, b, x):
    def objective(w_):
        return jnp.sum((w_ * x + b) ** 2)

    return jax.grad(objective)(w)


x = jnp.array([1.0, 2.0, 3.0])
print(grad_of_quadratic(2.0, 1.0, x))
print(grad_of_quadratic(0.0, 0.0, x))
print(grad_of_quadratic(-1.5, 0.25, jnp.array([[1.0, -1.0], [0.5, 2.0]])))
g = grad_of_quadratic(jnp.array(0.3), jnp.array(-2.0), jnp.linspace(0.0, 1.0, 5))
print(repr(g))
# the closed form 2 * sum(x * (w*x + b)) gives the same number
w, b = 2.0, 1.0
print(2.0 * jnp.sum(x * (w * x + b)))
