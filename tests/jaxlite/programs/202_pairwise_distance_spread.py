"""Sum of pairwise distances with a broadcast: NaN gradient from i=j pairs, fix with the double where and with a mask."""
import jax
import jax.numpy as jnp

P = jnp.array([[0.0, 0.0], [1.0, 0.0], [0.0, 2.0]])


def spread_naive(P):
    d = P[:, None, :] - P[None, :, :]
    return jnp.sum(jnp.sqrt(jnp.sum(d ** 2, axis=-1)))


def spread_safe(P):
    d = P[:, None, :] - P[None, :, :]
    sq = jnp.sum(d ** 2, axis=-1)
    pos = sq > 0
    return jnp.sum(jnp.where(pos, jnp.sqrt(jnp.where(pos, sq, 1.0)), 0.0))


def spread_triu(P):
    i, j = jnp.triu_indices(P.shape[0], k=1)
    d = P[i] - P[j]
    return 2 * jnp.sum(jnp.linalg.norm(d, axis=-1))


print("diff shape:", (P[:, None, :] - P[None, :, :]).shape)
print("values:", spread_naive(P), spread_safe(P), spread_triu(P))
print("naive grad:", jax.grad(spread_naive)(P))
gs = jax.grad(spread_safe)(P)
print("safe grad:", gs)
print("triu agrees:", bool(jnp.allclose(gs, jax.grad(spread_triu)(P), atol=1e-6)))
print("grads sum to zero:", jnp.round(gs.sum(axis=0), 6))
dup = P.at[2].set(P[1])
print("duplicate point grad:", jax.grad(spread_safe)(dup))
print("triu dup grad has nan:", bool(jnp.any(jnp.isnan(jax.grad(spread_triu)(dup)))))
print("triu_indices:", jnp.triu_indices(3, k=1))
