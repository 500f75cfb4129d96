"""Robot-arm Jacobians batched with vmap(jacrev), checked against the diagonal blocks of a whole-batch jacfwd."""
import jax
import jax.numpy as jnp


def tip(lengths, angles):
    phi = jnp.cumsum(angles)
    return jnp.array([jnp.sum(lengths * jnp.cos(phi)), jnp.sum(lengths * jnp.sin(phi))])


lengths = jnp.array([1.0, 0.5, 0.25])
poses = jnp.array([[0.0, 0.0, 0.0],
                   [0.5, -0.25, 1.0],
                   [1.5707964, 0.0, 0.0],
                   [0.3, 0.3, 0.3]])

print("straight arm tip:", tip(lengths, poses[0]))
per_pose = jax.jacrev(tip, argnums=1)
batched = jax.vmap(per_pose, in_axes=(None, 0))(lengths, poses)
print("batched:", batched.shape, batched.dtype)
print(jnp.round(batched, 4))


def tips_of_batch(angles):
    return jax.vmap(tip, in_axes=(None, 0))(lengths, angles)


full = jax.jacfwd(tips_of_batch)(poses)
print("whole-batch jacobian shape:", full.shape)
idx = jnp.arange(poses.shape[0])
diag = full[idx, :, idx, :]
print("diagonal blocks shape:", diag.shape)
print("blocks match:", bool(jnp.allclose(diag, batched, atol=1e-6)))
off = full.at[idx, :, idx, :].set(0.0)
print("off-diagonal all zero:", bool(jnp.all(off == 0.0)))


def polar(p):
    r, t = p[0], p[1]
    return jnp.stack([r * jnp.cos(t), r * jnp.sin(t)])


pts = jnp.array([[1.0, 0.0], [2.0, 0.7], [0.5, 3.0], [3.0, -1.2]])
jacs = jax.vmap(jax.jacfwd(polar))(pts)
print("polar jacobians:", jacs.shape)
print("det:", jnp.round(jnp.linalg.det(jacs), 4))
print("r:  ", pts[:, 0])
