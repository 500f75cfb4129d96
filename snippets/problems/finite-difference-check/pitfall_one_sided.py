import jax
import jax.numpy as jnp


def bumpy_bowl(x):
    return jnp.sum(jnp.sin(x)) + 0.5 * jnp.sum(x) ** 2


x = jnp.array([0.5, -1.0, 2.0])
eps = 1e-2
steps = eps * jnp.eye(3)
f0 = bumpy_bowl(x)
exact = jax.grad(bumpy_bowl)(x)

# Forward differences step one way only: the error shrinks like eps, not eps**2.
forward = jnp.array([(bumpy_bowl(x + s) - f0) / eps for s in steps])
central = jnp.array([(bumpy_bowl(x + s) - bumpy_bowl(x - s)) / (2 * eps) for s in steps])
print("forward error:", jnp.abs(forward - exact))
print("central error:", jnp.abs(central - exact))
