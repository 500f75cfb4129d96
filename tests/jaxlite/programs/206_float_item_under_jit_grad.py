"""float(), .item(), int() and bool() on traced values under jit and grad: what errors and what works."""
import jax
import jax.numpy as jnp


def loss(w):
    l = jnp.sum(w ** 2)
    return float(l)


w = jnp.array([1.0, 2.0])
print("eager float:", loss(w))
try:
    jax.grad(loss)(w)
except Exception as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
try:
    jax.jit(lambda x: x.item())(w[0])
except Exception as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
try:
    jax.jit(lambda x: int(x))(3.0)
except Exception as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])


@jax.jit
def branch(x):
    if x > 0:
        return x
    return -x


try:
    branch(1.0)
except Exception as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
print("where fix:", jax.jit(lambda x: jnp.where(x > 0, x, -x))(-2.0))
print("grad then float:", float(jax.grad(lambda w: jnp.sum(w ** 2))(w)[1]))
print("item:", jnp.array(2.5).item(), type(jnp.array(2.5).item()).__name__)
print("int item:", jnp.array(3).item(), type(jnp.array(3).item()).__name__)
try:
    float(jnp.array([1.0, 2.0]))
except Exception as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
try:
    jnp.array([1.0, 2.0]).item()
except Exception as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
print("static arg:", jax.jit(lambda x, n: x * n, static_argnums=1)(2.0, 3))
try:
    jax.grad(lambda x: jnp.array(float(x)))(1.0)
except Exception as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
