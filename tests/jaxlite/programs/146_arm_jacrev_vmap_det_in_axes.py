"""Robot-arm Jacobians with jacrev instead of jacfwd, vmapped with in_axes, plus determinants of 2-link arms."""
import jax
import jax.numpy as jnp


def fingertip(lengths, angles):
    phi = jnp.cumsum(angles)
    return jnp.array([jnp.sum(lengths * jnp.cos(phi)), jnp.sum(lengths * jnp.sin(phi))])


lengths = jnp.array([1.0, 0.5])
angles = jnp.array([[0.0, 0.0], [0.0, jnp.pi / 2], [0.3, -0.3], [1.0, 2.0]])

print("straight tip:", fingertip(lengths, jnp.zeros(2)))
jac_one = jax.jacrev(fingertip, argnums=1)
print("one jac shape:", jac_one(lengths, angles[1]).shape)
jacs = jax.vmap(jac_one, in_axes=(None, 0))(lengths, angles)
print("batched:", jacs.shape, jacs.dtype)
print(jnp.round(jacs, 4))
# for a 2-link arm det J = L0 * L1 * sin(theta1)
dets = jnp.linalg.det(jacs)
print("dets:", jnp.round(dets, 5))
print("closed form:", jnp.round(lengths[0] * lengths[1] * jnp.sin(angles[:, 1]), 5))
fwd = jax.vmap(jax.jacfwd(fingertip, argnums=1), in_axes=(None, 0))(lengths, angles)
print("jacfwd agrees:", bool(jnp.allclose(fwd, jacs, atol=1e-6)))

# in_axes as a list instead of a tuple
try:
    out = jax.vmap(jac_one, in_axes=[None, 0])(lengths, angles)
    print("list in_axes ok:", out.shape)
except Exception as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])

# in_axes with the wrong length
try:
    jax.vmap(jac_one, in_axes=(None, 0, 0))(lengths, angles)
except Exception as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])

# out_axes moves the batch to the end
moved = jax.vmap(jac_one, in_axes=(None, 0), out_axes=2)(lengths, angles)
print("out_axes=2:", moved.shape, bool(jnp.allclose(jnp.moveaxis(moved, 2, 0), jacs)))
