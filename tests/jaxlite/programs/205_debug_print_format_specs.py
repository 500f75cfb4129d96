"""jax.debug.print with format specs, named fields, inside grad, vmap and scan."""
import jax
import jax.numpy as jnp


def loss(w):
    l = jnp.sum(w ** 2)
    jax.debug.print("loss={l:.3f}", l=l)
    return l


w = jnp.array([0.5, 1.25])
g = jax.grad(loss)(w)
print("grad:", g)
jax.debug.print("scalar {:.2f} and int {}", 3.14159, 7)
jax.debug.print("array {x}", x=jnp.arange(3))
jax.jit(lambda x: jax.debug.print("jit val {v:.4f}", v=x))(2.0)
jax.effects_barrier()


def body(c, x):
    jax.debug.print("step x={x} carry={c:.1f}", x=x, c=c)
    return c + x, c * x


out = jax.lax.scan(body, 0.0, jnp.array([1.0, 2.0, 3.0]))
jax.effects_barrier()
print("scan out:", out)
jax.debug.print("{a} + {b} = {c}", a=1, b=2, c=1 + 2)
jax.debug.print("braces {{literal}} {}", jnp.float32(1.5))
jax.debug.print("exp {:.2e}", 12345.678)
