"""Printing inside jit and grad: print() shows tracers once at trace time, jax.debug.print shows values."""
import jax
import jax.numpy as jnp


@jax.jit
def f(x):
    print("traced x shape/dtype:", x.shape, x.dtype)
    y = x * 2
    print("is tracer:", isinstance(y, jax.core.Tracer))
    return jnp.sum(y)


print(f(jnp.ones(3)))
print(f(jnp.zeros(3)))
print("retrace on new shape:")
print(f(jnp.ones(4)))


def g(x):
    print("in grad, type name has Tracer:", "Tracer" in type(x).__name__)
    return x ** 2


print(jax.grad(g)(3.0))
print("plain call:", type(g(3.0)).__name__)


@jax.jit
def h(x):
    print("python side shape", x.shape)
    jax.debug.print("debug x = {}", x)
    return x + 1


h(jnp.array([1.0, 2.0]))
jax.block_until_ready(h(jnp.array([3.0, 4.0])))
jax.effects_barrier()
counter = []


@jax.jit
def side(x):
    counter.append(1)
    return x


side(1.0)
side(2.0)
side(jnp.array(3.0))
print("traces:", len(counter))
