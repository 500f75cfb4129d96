import jax
import jax.numpy as jnp


def loss(w):
    return jnp.sum(w**3)


w = jnp.array([1.0, 2.0])
v = jnp.array([1.0, -1.0])

try:
    jax.grad(jax.grad(loss))(w)  # the inner grad returns a vector
except TypeError as err:
    print(f"{type(err).__name__}: {err}")

# Reverse over reverse works once you dot the gradient with v: grad(v · grad(loss)).
print(jax.grad(lambda w: jnp.vdot(jax.grad(loss)(w), v))(w))
print(jax.jvp(jax.grad(loss), (w,), (v,))[1])  # forward over reverse agrees
