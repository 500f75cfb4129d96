"""Second-derivative mistakes (int point, calling too early, several points) and tracer prints in nested grad."""
import jax
import jax.numpy as jnp


def f(x):
    return x ** 3 * jnp.sin(x)


def f_loud(x):
    print("f sees:", type(x).__name__, x.shape, x.dtype)
    return f(x)


print("first derivative:")
d1 = jax.grad(f_loud)(2.0)
print("second derivative:")
d2 = jax.grad(jax.grad(f_loud))(2.0)
print("d1, d2:", d1, d2)


def f_print(x):
    print("repr:", repr(x))
    return f(x)


jax.grad(jax.grad(f_print))(1.0)
jax.jit(jax.grad(f_print))(1.0)

mistakes = [
    ("int point", lambda: jax.grad(f)(2)),
    ("calling too early", lambda: jax.grad(jax.grad(f)(2.0))(2.0)),
    ("several points", lambda: jax.grad(jax.grad(f))(jnp.array([1.0, 2.0, 3.0]))),
    ("int array", lambda: jax.grad(jax.grad(f))(jnp.arange(3))),
]
for name, thunk in mistakes:
    try:
        thunk()
        print(name, "ran")
    except Exception as e:
        print(name, "->", type(e).__name__, "|", str(e).splitlines()[0])

print("fixed with vmap:", jax.vmap(jax.grad(jax.grad(f)))(jnp.array([1.0, 2.0, 3.0])))
print("int then float:", jax.grad(f)(float(2)))
