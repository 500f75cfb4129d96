"""Silent batched-Jacobian slips: differentiating the lengths, a single pose fed to vmap, and jax.debug.print inside vmap."""
import jax
import jax.numpy as jnp


def tip(lengths, angles):
    phi = jnp.cumsum(angles)
    jax.debug.print("angles={a}", a=angles)
    return jnp.stack([jnp.dot(lengths, jnp.cos(phi)), jnp.dot(lengths, jnp.sin(phi))])


lengths = jnp.array([2.0, 1.0])
poses = jnp.array([[0.0, 0.5], [1.0, -1.0], [0.25, 0.25]])

right = jax.vmap(jax.jacfwd(tip, argnums=1), in_axes=(None, 0))(lengths, poses)
print("wrt angles:", right.shape)
print(jnp.round(right, 4))

wrong = jax.vmap(jax.jacfwd(tip), in_axes=(None, 0))(lengths, poses)
print("wrt lengths (default argnums):", wrong.shape)
print(jnp.round(wrong, 4))
print("same numbers?", bool(jnp.allclose(right, wrong)))

arm_jacs = jax.vmap(jax.jacfwd(tip, argnums=1), in_axes=(None, 0))
single = jnp.array([0.5, 0.5])
try:
    out = arm_jacs(lengths, single)
    print("single pose gave shape", out.shape)
except Exception as e:
    print(type(e).__name__, str(e).splitlines()[0])

one = arm_jacs(lengths, single[None, :])
print("batch of one:", one.shape)
print(jnp.round(one[0], 4))
