import jax
import jax.numpy as jnp


def energy(q, stiffness):
    return 0.5 * stiffness * jnp.sum(q**2) - jnp.sum(jnp.cos(q))


q = jnp.array([0.5, -1.0, 2.0])

# One call, one forward and one backward pass: the value, then the gradient.
value, grad = jax.value_and_grad(energy)(q, 2.0)
print("value:", value)
print("grad: ", grad)
print("same value as calling energy:", energy(q, 2.0))

# argnums works as it does for jax.grad; the value always comes first.
value, (d_q, d_stiffness) = jax.value_and_grad(energy, argnums=(0, 1))(q, 2.0)
print(value, d_q, d_stiffness)
