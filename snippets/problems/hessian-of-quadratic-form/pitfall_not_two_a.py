import jax
import jax.numpy as jnp

a = jnp.array([[1.0, 4.0], [0.0, 2.0]])  # not symmetric


def form(x):
    return x @ a @ x


print(jax.hessian(form)(jnp.zeros(2)))
print(2 * a)  # the textbook "2A" holds only for symmetric A
print(a + a.T)
