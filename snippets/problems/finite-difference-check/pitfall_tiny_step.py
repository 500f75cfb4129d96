import jax
import jax.numpy as jnp


def bumpy_bowl(x):
    return jnp.sum(jnp.sin(x)) + 0.5 * jnp.sum(x) ** 2


def central_differences(x, eps):
    steps = eps * jnp.eye(x.shape[0], dtype=x.dtype)
    ups = jnp.array([bumpy_bowl(x + step) for step in steps])
    downs = jnp.array([bumpy_bowl(x - step) for step in steps])
    return (ups - downs) / (2 * eps)


x = jnp.array([0.5, -1.0, 2.0])
print("jax.grad:   ", jax.grad(bumpy_bowl)(x))
print("eps = 1e-3: ", central_differences(x, 1e-3))
print("eps = 1e-6: ", central_differences(x, 1e-6))
print("eps = 1e-8: ", central_differences(x, 1e-8))

# float32 keeps about 7 significant digits: near 1 its numbers are 1.2e-7 apart.
print(jnp.finfo(jnp.float32).eps)
# A step of 1e-8 is lost when it is added: x + eps IS x, so both evaluations are equal.
print(x + 1e-8 == x)
