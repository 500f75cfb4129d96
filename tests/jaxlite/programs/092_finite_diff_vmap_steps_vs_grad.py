"""Central differences of bumpy_bowl built with vmap over eps*eye rows, compared with jax.grad across a sweep of step sizes."""
import jax
import jax.numpy as jnp


def bumpy_bowl(x):
    return jnp.sum(jnp.sin(x)) + 0.5 * jnp.sum(x) ** 2


def central_differences(x, eps):
    steps = eps * jnp.eye(x.shape[0], dtype=x.dtype)
    quotient = lambda s: (bumpy_bowl(x + s) - bumpy_bowl(x - s)) / (2 * eps)
    return jax.vmap(quotient)(steps)


def forward_differences(x, eps):
    steps = eps * jnp.eye(x.shape[0], dtype=x.dtype)
    return jax.vmap(lambda s: (bumpy_bowl(x + s) - bumpy_bowl(x)) / eps)(steps)


x = jnp.array([0.3, -1.2, 2.0, 0.5])
exact = jax.grad(bumpy_bowl)(x)
closed = jnp.cos(x) + jnp.sum(x)
print("grad:  ", exact)
print("closed:", closed)
print("fd 1e-3:", central_differences(x, 1e-3).dtype, central_differences(x, 1e-3).shape)
print("fd close to grad at 1e-3:", bool(jnp.allclose(central_differences(x, 1e-3), exact, rtol=1e-3, atol=1e-3)))

for eps in [1.0, 0.1, 1e-2]:
    err = jnp.max(jnp.abs(central_differences(x, eps) - exact))
    print(f"eps={eps:g} central max err {float(err):.4f}")
big = central_differences(x, 1.0)
print("eps=1 estimate:", jnp.round(big, 3))
print("sin(1) factor visible:", bool(jnp.allclose(big, jnp.cos(x) * jnp.sin(1.0) + jnp.sum(x), atol=1e-4)))

tiny = central_differences(x, 1e-8)
print("eps=1e-8:", tiny)
print("x + 1e-8 == x:", bool(jnp.all(x + jnp.float32(1e-8) == x)))

fwd_err = jnp.max(jnp.abs(forward_differences(x, 1e-2) - exact))
cen_err = jnp.max(jnp.abs(central_differences(x, 1e-2) - exact))
print("one-sided worse than central at 1e-2:", bool(fwd_err > 10 * cen_err))
diag = (bumpy_bowl(x + 1e-2) - bumpy_bowl(x - 1e-2)) / 2e-2
print("all-coordinates step ~ sum of grad:", bool(jnp.abs(diag - jnp.sum(exact)) < 1e-2))
