import jax
import jax.numpy as jnp

x = jnp.array([[1.0, 2.0], [-1.0, 0.5]])


def loss(w):
    return jnp.sum(jax.nn.softplus(x @ w))


w = jnp.array([0.5, -0.5])
v = jnp.array([1.0, 0.0])

# jvp of the loss itself: the first derivative along v, one number.
print(jax.jvp(loss, (w,), (v,))[1])

# jvp of the gradient: the second derivative, one entry per weight.
print(jax.jvp(jax.grad(loss), (w,), (v,))[1])
