"""Spread = sum of pairwise distances: naive NaN, eye mask fails on duplicates, double where, eps padding, n=1."""
import jax
import jax.numpy as jnp


def spread_naive(p):
    d = p[:, None, :] - p[None, :, :]
    return 0.5 * jnp.sum(jnp.sqrt(jnp.sum(d ** 2, -1)))


def spread_eye(p):
    d = p[:, None, :] - p[None, :, :]
    sq = jnp.sum(d ** 2, -1)
    off = ~jnp.eye(p.shape[0], dtype=bool)
    return 0.5 * jnp.sum(jnp.where(off, jnp.sqrt(jnp.where(off, sq, 1.0)), 0.0))


def spread_safe(p):
    d = p[:, None, :] - p[None, :, :]
    sq = jnp.sum(d ** 2, -1)
    ok = sq > 0
    return 0.5 * jnp.sum(jnp.where(ok, jnp.sqrt(jnp.where(ok, sq, 1.0)), 0.0))


def spread_triu(p):
    n = p.shape[0]
    i, j = jnp.triu_indices(n, k=1)
    sq = jnp.sum((p[i] - p[j]) ** 2, -1)
    ok = sq > 0
    return jnp.sum(jnp.where(ok, jnp.sqrt(jnp.where(ok, sq, 1.0)), 0.0))


pts = jnp.array([[0.0, 0.0], [3.0, 4.0], [0.0, 1.0]])
dup = jnp.array([[0.0, 0.0], [1.0, 0.0], [1.0, 0.0]])
print("spread:", spread_naive(pts), spread_safe(pts), spread_triu(pts))
print("naive grad:", jax.grad(spread_naive)(pts)[0])
print("eye-mask grad:", jax.grad(spread_eye)(pts))
print("eye-mask on duplicates:", jax.grad(spread_eye)(dup))
print("safe on duplicates:", jax.grad(spread_safe)(dup))
print("triu on duplicates:", jax.grad(spread_triu)(dup))
print("triu_indices(3, 1):", jnp.triu_indices(3, k=1))
eps = 1e-8
close = jnp.array([[0.0, 0.0], [1e-4, 0.0]])
g_eps = jax.grad(lambda p: 0.5 * jnp.sum(jnp.sqrt(jnp.sum((p[:, None] - p[None]) ** 2, -1) + eps)))(close)
print("eps-padded unit vector length:", jnp.round(jnp.linalg.norm(g_eps[0]), 3))
print("safe unit vector length:", jnp.linalg.norm(jax.grad(spread_safe)(close)[0]))
one = jnp.array([[2.0, -1.0]])
print("n=1:", spread_safe(one), jax.grad(spread_safe)(one), jax.grad(spread_triu)(one).shape)
grid = jnp.array([[0, 0], [1, 1]])
try:
    jax.grad(spread_safe)(grid)
except TypeError as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
print("norm of zero vector grad:", jax.grad(lambda v: jnp.linalg.norm(v))(jnp.zeros(2)))
