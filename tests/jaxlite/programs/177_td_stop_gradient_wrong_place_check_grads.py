"""TD loss: stop_gradient on the prediction or on the whole loss, check_grads failing by design, jaxpr."""
import jax
import jax.numpy as jnp
from jax import lax
from jax.test_util import check_grads

w = jnp.array([1.0, -0.5])
x = jnp.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
xn = jnp.array([[0.0, 1.0], [1.0, 1.0], [0.0, 0.0]])
r = jnp.array([0.5, -1.0, 2.0])
gamma = 0.5


def semi(w):
    target = lax.stop_gradient(r + gamma * xn @ w)
    return jnp.mean((x @ w - target) ** 2)


def wrong_pred(w):
    return jnp.mean((lax.stop_gradient(x @ w) - (r + gamma * xn @ w)) ** 2)


def wrong_all(w):
    return lax.stop_gradient(jnp.mean((x @ w - (r + gamma * xn @ w)) ** 2))


delta = x @ w - r - gamma * xn @ w
print("semi:", jax.grad(semi)(w), "closed:", 2 / 3 * delta @ x)
print("wrong_pred:", jax.grad(wrong_pred)(w), "= -gamma*2/n*delta@xn:", -gamma * 2 / 3 * delta @ xn)
print("wrong_all:", jax.grad(wrong_all)(w))
print("values equal:", semi(w), wrong_pred(w), wrong_all(w))
try:
    check_grads(semi, (w,), order=1, modes=("rev",))
    print("check passed")
except AssertionError as e:
    print("check_grads:", type(e).__name__, "|", [l for l in str(e).splitlines() if l.strip()][0])
print("stop_gradient of int:", repr(lax.stop_gradient(jnp.array([1, 2]))))
print("stop_gradient of a dict:", lax.stop_gradient({"a": jnp.array(1.0), "b": (2.0,)}))
print(jax.make_jaxpr(lambda w: lax.stop_gradient(w) * w)(1.0))
print("hessian through stop_gradient:", jax.hessian(lambda w: lax.stop_gradient(w) * w ** 2)(3.0))
print("jvp tangent through stop_gradient:", jax.jvp(lax.stop_gradient, (2.0,), (1.0,)))
