"""Spread of points: pairwise distances with the double-where trick and triu indices; no NaN with duplicates."""
import jax
import jax.numpy as jnp


def spread(points):
    n = points.shape[0]
    i, j = jnp.triu_indices(n, k=1)
    diff = points[i] - points[j]
    sq = jnp.sum(diff ** 2, axis=-1)
    nonzero = sq > 0
    safe_sq = jnp.where(nonzero, sq, 1.0)
    dist = jnp.where(nonzero, jnp.sqrt(safe_sq), 0.0)
    return jnp.sum(dist)


def spread_gradient(points):
    return jax.grad(spread)(points)


pts = jnp.array([[0.0, 0.0], [3.0, 4.0], [0.0, 0.0], [1.0, 0.0]])
print("spread:", spread(pts))
g = spread_gradient(pts)
print("gradient:")
print(g)
print("any nan:", bool(jnp.any(jnp.isnan(g))))
print("rows sum to zero:", bool(jnp.allclose(g.sum(axis=0), 0.0, atol=1e-6)))


def expected_row(p, pts):
    d = p - pts
    nrm = jnp.sqrt(jnp.sum(d ** 2, axis=1))
    unit = jnp.where(nrm[:, None] > 0, d / jnp.where(nrm > 0, nrm, 1.0)[:, None], 0.0)
    return unit.sum(axis=0)


manual = jax.vmap(expected_row, in_axes=(0, None))(pts, pts)
print("matches unit-vector formula:", bool(jnp.allclose(manual, g, atol=1e-6)))

single = jnp.array([[2.0, -1.0, 0.5]])
print("n=1 spread:", spread(single), "grad:", spread_gradient(single))
same = jnp.ones((3, 2))
print("all equal grad:", spread_gradient(same))
