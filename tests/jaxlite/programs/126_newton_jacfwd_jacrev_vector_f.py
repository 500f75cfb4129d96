"""Newton pitfalls: Hessian via jacfwd(jacrev), a vector-valued f, and solve with swapped arguments (uncaught)."""
import jax
import jax.numpy as jnp

a = jnp.array([[2.0, 0.5], [0.5, 1.0]])
b = jnp.array([1.0, 1.0])
x = jnp.array([0.5, -0.5])


def f(x):
    return 0.5 * x @ a @ x - b @ x + jnp.sum(jax.nn.softplus(x))


def f_vec(x):
    return 0.5 * x @ a @ x - b @ x + jax.nn.softplus(x)


h1 = jax.hessian(f)(x)
h2 = jax.jacfwd(jax.jacrev(f))(x)
print("hessian:", h1)
print("fwd-over-rev matches:", bool(jnp.allclose(h1, h2)))

try:
    jax.grad(f_vec)(x)
except TypeError as e:
    print("grad of vector f:", str(e).splitlines()[0])
print("hessian of vector f shape:", jax.hessian(f_vec)(x).shape)


@jax.jit
def newton_step(x):
    g = jax.grad(f)(x)
    h = jax.hessian(f)(x)
    return x - jnp.linalg.solve(h, g)


x1 = newton_step(x)
print("one jitted step:", x1)
d_inv = jnp.linalg.inv(h1) @ jax.grad(f)(x)
d_solve = jnp.linalg.solve(h1, jax.grad(f)(x))
print("inv and solve agree:", bool(jnp.allclose(d_inv, d_solve, atol=1e-6)))
print(jax.make_jaxpr(lambda t: 0.5 * t ** 2 - 2.0 * t)(1.0))

g = jax.grad(f)(x)
print("shapes g, h:", g.shape, h1.shape)
jnp.linalg.solve(g, h1)
