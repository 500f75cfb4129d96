"""Jacobian of tanh(Wx+b): default argnums gives a 3-D array, dx @ jac fails, jac @ dx predicts the change."""
import jax
import jax.numpy as jnp


def layer(w, b, x):
    return jnp.tanh(w @ x + b)


w = jnp.array([[1.0, -1.0, 0.5], [0.0, 2.0, 1.0]])
b = jnp.array([0.1, -0.2])
x = jnp.array([0.3, 0.1, -0.4])
jac = jax.jacrev(layer, argnums=2)(w, b, x)
print("jac:", jac.shape, jac.dtype)
print(jac)
closed = (1 - jnp.tanh(w @ x + b) ** 2)[:, None] * w
print("closed form agrees:", bool(jnp.allclose(jac, closed, atol=1e-6)))
print("default argnums shape:", jax.jacfwd(layer)(w, b, x).shape)
print("argnums=(1, 2) shapes:", [j.shape for j in jax.jacfwd(layer, argnums=(1, 2))(w, b, x)])
dx = jnp.array([1e-3, 0.0, -1e-3])
pred = jac @ dx
actual = layer(w, b, x + dx) - layer(w, b, x)
print("predicted change close:", bool(jnp.allclose(pred, actual, atol=1e-5)))
try:
    dx @ jac
except TypeError as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
try:
    jax.grad(layer, argnums=2)(w, b, x)
except TypeError as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
try:
    jnp.dot(dx, jac)
except TypeError as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
closure = jax.jacfwd(lambda x: layer(w, b, x))
print("closure rows:", closure(x)[0])
print("jacrev of scalar output:", jax.jacrev(lambda x: jnp.sum(layer(w, b, x)))(x).shape)
print("jacfwd at a python list:")
try:
    print(jax.jacfwd(lambda x: layer(w, b, jnp.asarray(x)))([0.3, 0.1, -0.4]))
except Exception as e:
    print(" ", type(e).__name__, "|", str(e).splitlines()[0])
