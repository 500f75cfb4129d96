"""Jacobian slips on a dense layer: default argnums gives d/dW of shape (m, m, n), dx @ jac fails, and grad of the vector output fails."""
import jax
import jax.numpy as jnp

w = jnp.array([[1.0, 2.0], [0.0, -1.0], [0.5, 0.5]])
b = jnp.array([0.0, 0.1, -0.1])
x = jnp.array([0.2, -0.3])


def layer(w, b, x):
    return jnp.tanh(w @ x + b)


wrt_w = jax.jacfwd(layer)(w, b, x)
print("default argnums shape:", wrt_w.shape)
wrt_x = jax.jacfwd(layer, argnums=2)(w, b, x)
print("argnums=2 shape:", wrt_x.shape)
print(wrt_x)
sech2 = 1 - jnp.tanh(w @ x + b) ** 2
print("d f_i / d W_ij is sech^2 * x_j:", bool(jnp.allclose(wrt_w[0, 0], sech2[0] * x)))
print("rows of other outputs are zero:", bool(jnp.all(wrt_w[0, 1:] == 0)))

dx = jnp.array([0.01, 0.02])
print("jac @ dx:", wrt_x @ dx)
try:
    print(dx @ wrt_x)
except Exception as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])

try:
    jax.grad(layer, argnums=2)(w, b, x)
except Exception as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])

several = jax.jacrev(layer, argnums=(1, 2))(w, b, x)
print("argnums=(1, 2) shapes:", [j.shape for j in several])
print("d/db is diagonal:", bool(jnp.allclose(several[0], jnp.diag(sech2))))
