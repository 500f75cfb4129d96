import jax
import jax.numpy as jnp


def polar_to_xy(r, theta):  # two arguments in, one 2-vector out
    return jnp.array([r * jnp.cos(theta), r * jnp.sin(theta)])


r, theta = 2.0, jnp.pi / 3

# One forward pass; the returned function replays it backwards for any cotangent.
xy, pullback = jax.vjp(polar_to_xy, r, theta)
print("f =", xy)

# A cotangent shaped like the output; one cotangent back per input argument.
d_r, d_theta = pullback(jnp.array([1.0, 0.0]))  # u = e_0: row 0 of the Jacobian
print("row 0:", d_r, d_theta)

d_r, d_theta = pullback(jnp.array([0.0, 1.0]))  # reused, no new forward pass
print("row 1:", d_r, d_theta)

# A general cotangent u gives u @ J, a mix of the rows.
u = jnp.array([3.0, -1.0])
print("u @ J:", *pullback(u))
# Check: jacrev gives one column per argument; stacked, they form the 2 x 2 Jacobian.
jac = jnp.stack(jax.jacrev(polar_to_xy, argnums=(0, 1))(r, theta), axis=1)
print("check:", u @ jac)
