"""Central differences built with vmap over the identity, swept over step sizes against jax.grad."""
import jax
import jax.numpy as jnp


def bumpy_bowl(x):
    return jnp.sum(jnp.sin(x)) + 0.5 * jnp.sum(x) ** 2


def central_differences(x, eps):
    basis = jnp.eye(x.shape[0], dtype=x.dtype)
    step = lambda e: (bumpy_bowl(x + eps * e) - bumpy_bowl(x - eps * e)) / (2 * eps)
    return jax.vmap(step)(basis)


x = jnp.array([0.5, -1.0, 2.0])
exact = jax.grad(bumpy_bowl)(x)
print("exact:", exact)
print("closed form:", jnp.cos(x) + jnp.sum(x))
for eps in [1.0, 1e-1, 1e-2, 1e-3]:
    est = central_differences(x, eps)
    err = float(jnp.max(jnp.abs(est - exact)))
    print(f"eps={eps:g}: dtype {est.dtype}, max error below 1e-2: {err < 1e-2}")
print("eps=1 estimate:", central_differences(x, 1.0))
print("eps=1 sin part shrinks by sin(1):", jnp.round(jnp.cos(x) * jnp.sin(1.0) + jnp.sum(x), 5))
tiny = central_differences(x, 1e-9)
print("eps=1e-9 (below float32 resolution):", tiny)
print("x + 1e-9 == x:", bool(jnp.all(x + 1e-9 == x)))
basis = jnp.eye(3)
print("eye dtype:", basis.dtype, "eye int dtype:", jnp.eye(2, dtype=jnp.int32).dtype)
print("one-sided eps=1e-2:", jnp.round((jax.vmap(lambda e: bumpy_bowl(x + 1e-2 * e))(basis) - bumpy_bowl(x)) / 1e-2, 3))
jitted = jax.jit(central_differences, static_argnums=1)
print("jit static eps:", jitted(x, 0.5))
print("jit traced eps:", jax.jit(central_differences)(x, 0.5))
