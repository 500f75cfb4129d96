import jax
import jax.numpy as jnp


def bowl(p):  # a scalar function of a 2-vector, not a quadratic
    return p[0] ** 2 * p[1] + jnp.cos(p[1]) + 3.0 * p[0]


p = jnp.array([1.0, 2.0])

hess = jax.hessian(bowl)(p)
print(hess)  # symmetric: mixed partials agree

# jax.hessian is forward mode over reverse mode: the Jacobian of the gradient.
print(jnp.allclose(hess, jax.jacfwd(jax.jacrev(bowl))(p)))
print(jnp.allclose(hess, jax.jacfwd(jax.grad(bowl))(p)))

# Unlike a quadratic, its curvature changes from point to point.
print(jax.hessian(bowl)(jnp.array([0.0, 0.0])))
