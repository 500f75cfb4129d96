import jax
import jax.numpy as jnp


def f(x):
    return jnp.array([[1.0, 2.0], [0.0, -1.0]]) @ jnp.tanh(x)


x = jnp.array([0.5, -0.5])
_, pullback = jax.vjp(f, x)

grad_x = pullback(jnp.array([1.0, 1.0]))  # a tuple, even for a one-argument f
try:
    print(grad_x.shape)
except AttributeError as err:
    print(f"{type(err).__name__}: {err}")

(grad_x,) = pullback(jnp.array([1.0, 1.0]))  # unpack the single entry
print(grad_x.shape, grad_x)
