"""HVP mistakes: grad(grad(loss)) on a vector input, jvp of the loss instead of its gradient, an int32 direction, and a float() in the loss."""
import jax
import jax.numpy as jnp

x = jnp.array([[1.0, 2.0], [0.5, -1.0], [-1.0, 0.0]])
w = jnp.array([0.1, 0.4])


def loss(w):
    return jnp.sum(jax.nn.softplus(x @ w))


try:
    jax.grad(jax.grad(loss))(w)
except TypeError as e:
    print("grad of grad:", type(e).__name__, "|", str(e).splitlines()[0])

slope = jax.jvp(loss, (w,), (jnp.array([1.0, 0.0]),))[1]
print("jvp of loss is a slope:", slope, slope.shape)

try:
    jax.jvp(jax.grad(loss), (w,), (jnp.array([0, 1]),))
except TypeError as e:
    print("int direction:", type(e).__name__, "|", str(e).splitlines()[0])

direction = jnp.array([0, 1]).astype(w.dtype)
hv = jax.jvp(jax.grad(loss), (w,), (direction,))[1]
print("after cast:", hv, hv.dtype)
print("second column of hessian:", jax.hessian(loss)(w)[:, 1])


def loss_with_float(w):
    scale = float(jnp.sum(w))
    return scale * jnp.sum(jax.nn.softplus(x @ w))


try:
    jax.jvp(jax.grad(loss_with_float), (w,), (direction,))
except Exception as e:
    print("float() in loss:", type(e).__name__, "|", str(e).splitlines()[0])

scalar_f = lambda t: jnp.sin(t) * t
print("grad of grad fine for a scalar:", jax.grad(jax.grad(scalar_f))(1.0))
