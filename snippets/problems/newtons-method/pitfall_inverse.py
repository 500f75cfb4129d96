import jax.numpy as jnp

# An ill-conditioned Hessian: the 6 × 6 Hilbert matrix, a classic hard case.
i = jnp.arange(6.0)
h = 1.0 / (i[:, None] + i[None, :] + 1.0)
g = jnp.ones(6)

via_solve = jnp.linalg.solve(h, g)
via_inverse = jnp.linalg.inv(h) @ g

# How well does each step d satisfy h @ d = g? (smaller is better)
print(jnp.linalg.norm(h @ via_solve - g))
print(jnp.linalg.norm(h @ via_inverse - g))

# On a well-conditioned Hessian the two agree to float32 rounding.
h_good = jnp.array([[2.0, 0.5], [0.5, 1.0]])
g_good = jnp.array([1.0, -1.0])
print(jnp.linalg.solve(h_good, g_good), jnp.linalg.inv(h_good) @ g_good)
