"""Newton's method on a quadratic plus softplus: solve vs inv, swapped solve arguments, iterates, a vector f."""
import jax
import jax.numpy as jnp

a = jnp.array([[3.0, 1.0], [1.0, 2.0]])
b = jnp.array([1.0, -2.0])


def f(x):
    return 0.5 * x @ a @ x - b @ x + jnp.sum(jax.nn.softplus(x))


def newton(x, steps):
    xs = [x]
    for _ in range(steps):
        g = jax.grad(f)(x)
        h = jax.hessian(f)(x)
        x = x - jnp.linalg.solve(h, g)
        xs.append(x)
    return x, xs


x0 = jnp.array([2.0, 2.0])
x, xs = newton(x0, 4)
for i, xi in enumerate(xs):
    print(f"iter {i}: x = {xi}, |grad| = {float(jnp.linalg.norm(jax.grad(f)(xi))):.2e}" if i < 2 else f"iter {i}: x = {jnp.round(xi, 5)}")
print("zero steps returns x0:", newton(x0, 0)[0] is x0)
print("gradient at end ~0:", bool(jnp.allclose(jax.grad(f)(x), 0.0, atol=1e-5)))
g, h = jax.grad(f)(x0), jax.hessian(f)(x0)
print("inv vs solve agree:", bool(jnp.allclose(jnp.linalg.inv(h) @ g, jnp.linalg.solve(h, g), atol=1e-5)))
try:
    jnp.linalg.solve(g, h)
except Exception as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
print("solve with (n,1) rhs shape:", jnp.linalg.solve(h, g[:, None]).shape)
print("hessian dtype/shape:", h.dtype, h.shape, "symmetric:", bool(jnp.allclose(h, h.T)))
print("vector f hessian shape:", jax.hessian(lambda x: 0.5 * x @ a @ x - b @ x + jax.nn.softplus(x))(x0).shape)
try:
    jax.grad(lambda x: 0.5 * x @ a @ x - b @ x + jax.nn.softplus(x))(x0)
except TypeError as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
jit_step = jax.jit(lambda x: x - jnp.linalg.solve(jax.hessian(f)(x), jax.grad(f)(x)))
print("jit step agrees:", bool(jnp.allclose(jit_step(x0), xs[1], atol=1e-6)))
