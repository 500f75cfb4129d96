"""Linear regression by gradient descent with lax.fori_loop and with lax.scan collecting the losses."""
import jax
import jax.numpy as jnp
from jax import lax


def mse(w, b, x, y):
    return jnp.mean((x @ w + b - y) ** 2)


x = jnp.array([[0.0, 1.0], [1.0, 0.0], [1.0, 1.0], [2.0, 1.0]])
y = jnp.array([1.0, 2.0, 3.0, 5.0])


def fit_scan(x, y, lr, steps):
    def step(carry, _):
        w, b = carry
        loss, (gw, gb) = jax.value_and_grad(mse, argnums=(0, 1))(w, b, x, y)
        return (w - lr * gw, b - lr * gb), loss

    (w, b), losses = lax.scan(step, (jnp.zeros(x.shape[1]), jnp.float32(0.0)), None, length=steps)
    return w, b, losses


def fit_fori(x, y, lr, steps):
    def body(i, carry):
        w, b = carry
        gw, gb = jax.grad(mse, argnums=(0, 1))(w, b, x, y)
        return w - lr * gw, b - lr * gb

    return lax.fori_loop(0, steps, body, (jnp.zeros(x.shape[1]), jnp.float32(0.0)))


w, b, losses = fit_scan(x, y, 0.1, 5)
print("w:", w, "b:", repr(b))
print("losses:", losses, losses.shape)
print("losses[0] is mean(y^2):", bool(jnp.isclose(losses[0], jnp.mean(y ** 2))))
w2, b2 = fit_fori(x, y, 0.1, 5)
print("fori agrees:", bool(jnp.allclose(w, w2)), bool(jnp.allclose(b, b2)))
w3, b3, l3 = fit_scan(x, y, 0.1, 300)
print("after 300 steps:", jnp.round(w3, 3), jnp.round(b3, 3), "final loss < 0.01:", bool(l3[-1] < 0.01))
_, _, big = fit_scan(x, y, 0.5, 6)
print("lr=0.5 diverges:", bool(big[-1] > big[0]), jnp.round(big, 1))
print("fori with python int carry:", lax.fori_loop(0, 5, lambda i, c: c + i, 0))
print("fori float carry weak:", repr(lax.fori_loop(0, 3, lambda i, c: c * 2.0, 1.0)))
try:
    print("int carry times 2.5:", repr(lax.fori_loop(0, 3, lambda i, c: c * 2.5, 1)))
except TypeError as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
lst = jnp.linalg.lstsq(jnp.concatenate([x, jnp.ones((4, 1))], axis=1), y)[0]
print("lstsq:", jnp.round(lst, 3) + 0.0)
