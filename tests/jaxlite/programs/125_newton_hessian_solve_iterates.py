"""Newton's method with jax.grad, jax.hessian and jnp.linalg.solve; print iterates and gradient norms."""
import jax
import jax.numpy as jnp


def objective(x, a, b):
    return 0.5 * x @ a @ x - b @ x + jnp.sum(jax.nn.softplus(x))


grad_x = jax.grad(objective)
hess_x = jax.hessian(objective)


def newton_minimize(a, b, x0, steps):
    f = lambda x: objective(x, a, b)
    g_fn = lambda x: grad_x(x, a, b)
    h_fn = lambda x: hess_x(x, a, b)
    x = x0
    history = []
    for _ in range(steps):
        d = jnp.linalg.solve(h_fn(x), g_fn(x))
        x = x - d
        history.append(float(jnp.linalg.norm(g_fn(x))))
    return x, history, f


a = jnp.array([[3.0, 1.0, 0.0], [1.0, 2.0, 0.5], [0.0, 0.5, 1.5]])
b = jnp.array([1.0, -2.0, 0.5])
x0 = jnp.zeros(3)

x_final, hist, f = newton_minimize(a, b, x0, 5)
print("final x:", x_final)
print("gradient norm shrinks:", all(h2 <= h1 for h1, h2 in zip(hist, hist[1:])))
print("final grad small:", hist[-1] < 1e-4)
print("f(x0) > f(x_final):", bool(f(x0) > f(x_final)))

x_zero, hist0, _ = newton_minimize(a, b, x0, 0)
print("0 steps returns x0:", bool(jnp.array_equal(x_zero, x0)), hist0)

h = jax.hessian(f)(x_final)
print("hessian shape:", h.shape, "symmetric:", bool(jnp.allclose(h, h.T)))
sig = jax.nn.sigmoid(x_final)
print("hessian = A + diag(s(1-s)):", bool(jnp.allclose(h, a + jnp.diag(sig * (1 - sig)), atol=1e-5)))
print("eigenvalues positive:", bool(jnp.all(jnp.linalg.eigvalsh(h) > 0)))

one_step, _, _ = newton_minimize(a, b, x0, 1)
print("one step:", one_step)
