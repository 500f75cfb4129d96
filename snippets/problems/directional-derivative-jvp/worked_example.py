import jax
import jax.numpy as jnp


def height(p):  # scalar output
    return p[0] ** 2 * p[1] + jnp.sin(p[2])


def to_cartesian(q):  # vector output: (radius, angle) -> (x, y)
    return jnp.array([q[0] * jnp.cos(q[1]), q[0] * jnp.sin(q[1])])


p, u = jnp.array([1.0, 2.0, 0.0]), jnp.array([1.0, 0.0, 1.0])
value, slope = jax.jvp(height, (p,), (u,))  # f(p) and the derivative along u, together
print(value, slope)
print(jnp.dot(jax.grad(height)(p), u))  # the same slope, from the full gradient

q, dq = jnp.array([2.0, jnp.pi / 4]), jnp.array([0.0, 1.0])  # turn the angle
point, velocity = jax.jvp(to_cartesian, (q,), (dq,))
print(point, velocity)
print(jax.jacfwd(to_cartesian)(q) @ dq)  # the same, from the full Jacobian

eps = 1e-3  # and a finite-difference sanity check
print((to_cartesian(q + eps * dq) - to_cartesian(q - eps * dq)) / (2 * eps))
