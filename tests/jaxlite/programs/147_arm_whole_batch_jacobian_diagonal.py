"""Jacobian of the whole batch of arm poses: the (N,2,N,n) block tensor and pulling out its diagonal."""
import jax
import jax.numpy as jnp


def tips(lengths, angles):
    phi = jnp.cumsum(angles, axis=1)
    x = jnp.sum(lengths * jnp.cos(phi), axis=1)
    y = jnp.sum(lengths * jnp.sin(phi), axis=1)
    return jnp.stack([x, y], axis=1)


lengths = jnp.array([2.0, 1.0, 0.5])
angles = jnp.array([[0.1, 0.2, 0.3], [0.0, 0.0, 0.0], [-0.5, 1.0, 0.25]])
print("tips:", tips(lengths, angles).shape)
big = jax.jacfwd(tips, argnums=1)(lengths, angles)
print("big shape:", big.shape)
print("off-diagonal block all zero:", bool(jnp.all(big[0, :, 1, :] == 0)))
n = angles.shape[0]
idx = jnp.arange(n)
diag = big[idx, :, idx, :]
print("fancy-indexed diag shape:", diag.shape)
diag2 = jnp.einsum("iaib->iab", big)
print("einsum diag shape:", diag2.shape, "equal:", bool(jnp.array_equal(diag, diag2)))
print(jnp.round(diag[1], 4))
# straight arm: d tip_y / d theta_j = sum of lengths from link j on
print("straight arm y-row:", diag[1, 1], "expected", jnp.cumsum(lengths[::-1])[::-1])

# wrong argument: jacobian wrt lengths has the same shape for a square arm
wrong = jax.vmap(jax.jacfwd(lambda L, a: tips(L, a[None])[0]), in_axes=(None, 0))(lengths, angles)
print("wrt lengths shape:", wrong.shape, "same values?", bool(jnp.allclose(wrong, diag)))

# single configuration fed to the batched function
single = angles[0]
try:
    out = jax.vmap(jax.jacfwd(lambda L, a: tips(L, a[None])[0], argnums=1), in_axes=(None, 0))(lengths, single)
    print("single pose result:", out.shape)
except Exception as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
print("batch of one:", jax.vmap(jax.jacfwd(lambda L, a: tips(L, a[None])[0], argnums=1), in_axes=(None, 0))(lengths, single[None]).shape)
