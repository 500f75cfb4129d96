import jax
import jax.numpy as jnp


def loss(w):
    return jnp.sum(w**3)


w = jnp.array([1.0, 2.0, 3.0])
v = jnp.array([0, 1, 0])  # a basis direction typed with integers: int32

try:
    jax.jvp(jax.grad(loss), (w,), (v,))
except TypeError as err:
    print(f"{type(err).__name__}: {err}")

print(jax.jvp(jax.grad(loss), (w,), (v.astype(w.dtype),))[1])
