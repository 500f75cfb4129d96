import jax
import jax.numpy as jnp


def polar_to_cartesian(p):
    """(r, theta) to (x, y): a function from R^2 to R^2."""
    r, theta = p
    return jnp.stack([r * jnp.cos(theta), r * jnp.sin(theta)])


# The Jacobian at one point: rows are outputs (x, y), columns inputs (r, theta).
print(jax.jacfwd(polar_to_cartesian)(jnp.array([2.0, 0.0])))

# At a batch of points: map the Jacobian function over the rows.
points = jnp.array([[1.0, 0.0], [2.0, jnp.pi / 2], [0.5, jnp.pi], [3.0, 1.0]])
jacobians = jax.vmap(jax.jacfwd(polar_to_cartesian))(points)
print(jacobians.shape)  # (batch, outputs, inputs)

# The area scale factor of the change of variables, |det J|, is r at every point.
print(jnp.linalg.det(jacobians))

# The same, one point at a time: vmap changes how it runs, not what it computes.
one_by_one = jnp.stack([jax.jacfwd(polar_to_cartesian)(p) for p in points])
print(jnp.allclose(jacobians, one_by_one))
