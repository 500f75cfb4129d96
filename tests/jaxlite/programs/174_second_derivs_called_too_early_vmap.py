"""f(x) = x^3 sin x: nested grads, calling grad on a number, int point, vmapped third derivative, jaxpr."""
import jax
import jax.numpy as jnp


def f(x):
    return x ** 3 * jnp.sin(x)


d1 = jax.grad(f)
d2 = jax.grad(d1)
d3 = jax.grad(d2)
for x in [2.0, jnp.float32(2.0), jnp.array(0.0)]:
    print(repr(d1(x)), repr(d2(x)), repr(d3(x)))
x = 2.0
print("closed f':", 3 * x ** 2 * jnp.sin(x) + x ** 3 * jnp.cos(x))
try:
    jax.grad(jax.grad(f)(2.0))
except TypeError as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
try:
    d2(2)
except TypeError as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
try:
    d2(jnp.array([1.0, 2.0]))
except TypeError as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
print("vmap d3:", jax.vmap(d3)(jnp.array([0.0, 1.0, 2.0])))
print("elementwise grad trick:", jax.grad(lambda x: jnp.sum(f(x)))(jnp.array([0.0, 1.0, 2.0])))
print("jacfwd of grad:", jax.jacfwd(d1)(2.0))
print("jit d3:", jax.jit(d3)(2.0))
print(jax.make_jaxpr(jax.grad(lambda x: jnp.sin(x) * 2.0))(1.0))
print("grad of python builtin pow:", jax.grad(lambda x: pow(x, 3))(2.0))
print("grad of math-free abs:", jax.grad(lambda x: abs(x))(-3.0))
