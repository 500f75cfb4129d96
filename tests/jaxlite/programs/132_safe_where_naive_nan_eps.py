"""safe-where pitfalls: masking only the result, eye mask with duplicates, norm at zero, epsilon padding."""
import jax
import jax.numpy as jnp

pts = jnp.array([[0.0, 0.0], [1.0, 0.0], [1.0, 0.0]])


def spread_mask_result(points):
    diff = points[:, None, :] - points[None, :, :]
    d = jnp.sqrt(jnp.sum(diff ** 2, axis=-1))
    return 0.5 * jnp.sum(jnp.where(d > 0, d, 0.0))


def spread_eye_mask(points):
    n = points.shape[0]
    diff = points[:, None, :] - points[None, :, :]
    sq = jnp.sum(diff ** 2, axis=-1)
    off = ~jnp.eye(n, dtype=bool)
    d = jnp.where(off, jnp.sqrt(jnp.where(off, sq, 1.0)), 0.0)
    return 0.5 * jnp.sum(d)


def spread_eps(points, eps):
    diff = points[:, None, :] - points[None, :, :]
    d = jnp.sqrt(jnp.sum(diff ** 2, axis=-1) + eps)
    n = points.shape[0]
    return 0.5 * jnp.sum(jnp.where(jnp.eye(n, dtype=bool), 0.0, d))


print("mask result value:", spread_mask_result(pts))
print("mask result grad:\n", jax.grad(spread_mask_result)(pts))
print("eye mask value:", spread_eye_mask(pts))
print("eye mask grad:\n", jax.grad(spread_eye_mask)(pts))
print("eye mask fine without duplicates:", jax.grad(spread_eye_mask)(pts[:2]))

print("grad sqrt at 0:", jax.grad(jnp.sqrt)(0.0))
print("grad norm at 0:", jax.grad(jnp.linalg.norm)(jnp.zeros(2)))
print("grad where(x>0, log x, 0) at 0:", jax.grad(lambda x: jnp.where(x > 0, jnp.log(x), 0.0))(0.0))
print("double where at 0:", jax.grad(lambda x: jnp.where(x > 0, jnp.log(jnp.where(x > 0, x, 1.0)), 0.0))(0.0))

close = jnp.array([[0.0, 0.0], [1e-4, 0.0]])
g_eps = jax.grad(spread_eps)(close, 1e-8)
print("eps grad row 0:", g_eps[0], "length:", float(jnp.linalg.norm(g_eps[0])))
print("value with eps:", spread_eps(close, 1e-8))
