"""TD semi-gradient with lax.stop_gradient vs the full residual gradient, checked against the closed form."""
import jax
import jax.numpy as jnp
from jax import lax


def td_gradient(w, x, r, x_next, gamma):
    def td_loss(w):
        target = lax.stop_gradient(r + gamma * (x_next @ w))
        return jnp.mean((x @ w - target) ** 2)
    return jax.grad(td_loss)(w)


def full_gradient(w, x, r, x_next, gamma):
    return jax.grad(lambda w: jnp.mean((x @ w - (r + gamma * (x_next @ w))) ** 2))(w)


w = jnp.array([0.5, -0.25, 1.0])
x = jnp.array([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0], [1.0, 1.0, 0.0]])
x_next = jnp.array([[0.0, 1.0, 0.0], [0.0, 0.0, 1.0], [1.0, 0.0, 0.0], [0.0, 0.0, 1.0]])
r = jnp.array([1.0, 0.0, -1.0, 0.5])
gamma = 0.9

semi = td_gradient(w, x, r, x_next, gamma)
full = full_gradient(w, x, r, x_next, gamma)
delta = x @ w - r - gamma * (x_next @ w)
closed = 2.0 / x.shape[0] * (delta @ x)
print("semi-gradient:", semi)
print("closed form ok:", bool(jnp.allclose(semi, closed, atol=1e-6)))
print("full gradient:", full)
print("difference is -gamma * 2/n * delta @ x_next:",
      bool(jnp.allclose(full - semi, -gamma * 2.0 / 4 * (delta @ x_next), atol=1e-6)))
print("gamma=0 makes them equal:", bool(jnp.allclose(td_gradient(w, x, r, x_next, 0.0), full_gradient(w, x, r, x_next, 0.0))))

print("stop_gradient forward value:", lax.stop_gradient(jnp.array([1.0, 2.0])))
print("grad through stop_gradient:", jax.grad(lambda t: lax.stop_gradient(t) * t)(3.0))
print("jax.lax.stop_gradient is lax.stop_gradient:", jax.lax.stop_gradient is lax.stop_gradient)

# a few semi-gradient steps drive the TD error down
for i in range(3):
    w = w - 0.5 * td_gradient(w, x, r, x_next, gamma)
    d = x @ w - r - gamma * (x_next @ w)
    print(f"step {i}: mean sq TD error {float(jnp.mean(d ** 2)):.5f}")
