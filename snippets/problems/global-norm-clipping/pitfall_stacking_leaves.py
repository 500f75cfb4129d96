import jax
import jax.numpy as jnp

grads = {"w": jnp.ones((2, 3)), "b": jnp.ones(3)}

# Leaves of different ranks cannot be stacked or concatenated as they are.
try:
    jnp.linalg.norm(jnp.concatenate(jax.tree.leaves(grads)))
except TypeError as err:
    print(f"TypeError: {err}")

# Ravel each leaf to 1-D first, or better, reduce each leaf to one number.
print(jnp.linalg.norm(jnp.concatenate([g.ravel() for g in jax.tree.leaves(grads)])))
