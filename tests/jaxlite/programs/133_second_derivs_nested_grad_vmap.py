"""Derivatives of x^3 sin x by nesting grad three times, checked against closed forms, vmap and jit."""
import jax
import jax.numpy as jnp


def f(x):
    return x ** 3 * jnp.sin(x)


def derivatives_at(x):
    d1 = jax.grad(f)
    d2 = jax.grad(d1)
    d3 = jax.grad(d2)
    return d1(x), d2(x), d3(x)


def closed(x):
    s, c = jnp.sin(x), jnp.cos(x)
    return (3 * x ** 2 * s + x ** 3 * c,
            6 * x * s + 6 * x ** 2 * c - x ** 3 * s,
            6 * s + 18 * x * c - 9 * x ** 2 * s - x ** 3 * c)


for x in [0.0, 1.0, 2.0, jnp.float32(-1.5)]:
    ds = derivatives_at(x)
    ok = all(bool(jnp.allclose(a, b, rtol=1e-5, atol=1e-5)) for a, b in zip(ds, closed(jnp.float32(x))))
    print(f"x={float(x):5.2f}", [f"{float(d):.5f}" for d in ds], "closed form ok:", ok)

out = derivatives_at(2.0)
print("types:", [type(d).__name__ for d in out], [str(d.dtype) for d in out], [d.shape for d in out])
print("weak types from python float:", [d.weak_type for d in out])

xs = jnp.linspace(-1.0, 1.0, 5)
d2_batch = jax.vmap(jax.grad(jax.grad(f)))(xs)
print("vmapped f'' :", d2_batch)
d3_jit = jax.jit(jax.vmap(jax.grad(jax.grad(jax.grad(f)))))(xs)
print("jit vmapped f''':", d3_jit)

# jacfwd/hessian route to f''
print("hessian at 2:", jax.hessian(f)(2.0), "jacfwd(jacrev):", jax.jacfwd(jax.jacrev(f))(2.0))
# elementwise trick: grad of sum gives f' at each point
print("grad of sum:", jax.grad(lambda v: jnp.sum(f(v)))(xs))
