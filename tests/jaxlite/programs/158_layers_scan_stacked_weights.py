"""Equal-width tanh layers stacked into arrays and run with lax.scan; gradient matches the Python loop."""
import jax
import jax.numpy as jnp
from jax import lax

ws = jnp.array([[[1.0, 0.5], [-0.5, 1.0]], [[0.2, 0.0], [0.0, 0.2]], [[1.0, -1.0], [1.0, 1.0]]])
bs = jnp.array([[0.0, 0.1], [0.2, 0.0], [0.0, 0.0]])
x = jnp.array([[1.0, -1.0], [0.5, 2.0]])


def forward_scan(params, x):
    ws, bs = params

    def body(h, wb):
        w, b = wb
        h = jnp.tanh(h @ w + b)
        return h, jnp.sum(h)

    out, sums = lax.scan(body, x, (ws, bs))
    return out, sums


def forward_loop(params, x):
    h = x
    for w, b in zip(*params):
        h = jnp.tanh(h @ w + b)
    return h


out, sums = forward_scan((ws, bs), x)
print("out:", out)
print("per-layer sums:", sums, sums.shape)
print("loop agrees:", bool(jnp.allclose(out, forward_loop((ws, bs), x))))
g_scan = jax.grad(lambda p: jnp.sum(forward_scan(p, x)[0] ** 2))((ws, bs))
g_loop = jax.grad(lambda p: jnp.sum(forward_loop(p, x) ** 2))((ws, bs))
print("grad types:", type(g_scan).__name__, g_scan[0].shape, g_scan[1].shape)
print("grads agree:", bool(jnp.allclose(g_scan[0], g_loop[0], atol=1e-6)), bool(jnp.allclose(g_scan[1], g_loop[1], atol=1e-6)))
print("b grad layer 0:", g_scan[1][0])
print("scan length only:", lax.scan(lambda c, _: (c * 2, c), 1, None, length=4))
try:
    lax.scan(lambda c, w: (c @ w, None), x, jnp.ones((3, 3, 3)))
except Exception as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
try:
    lax.scan(lambda c, w: (c.astype(jnp.int32), None), x, ws)
except Exception as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
print("reverse scan:", lax.scan(lambda c, v: (c + v, c + v), 0.0, jnp.arange(4.0), reverse=True))
