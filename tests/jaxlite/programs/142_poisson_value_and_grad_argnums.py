"""Poisson regression loss and gradient from one value_and_grad call; argnums tuples and jit."""
import jax
import jax.numpy as jnp


def poisson_loss_and_grad(w, x, counts):
    def loss(w):
        log_rate = x @ w
        return jnp.mean(jnp.exp(log_rate) - counts * log_rate)
    return jax.value_and_grad(loss)(w)


w = jnp.array([0.2, -0.1, 0.3])
x = jnp.array([[1.0, 0.0, 1.0], [1.0, 2.0, 0.0], [1.0, -1.0, 2.0], [1.0, 0.5, 0.5], [1.0, 1.0, 1.0]])
counts = jnp.array([2.0, 0.0, 4.0, 1.0, 1.0])

result = poisson_loss_and_grad(w, x, counts)
print("result is a", type(result).__name__, "of", len(result))
value, grad = result
print("loss:", value, value.dtype, value.shape)
print("grad:", grad, grad.dtype, grad.shape)
rate = jnp.exp(x @ w)
print("closed form grad:", bool(jnp.allclose(grad, x.T @ (rate - counts) / x.shape[0], atol=1e-6)))


def loss_wxc(w, x, counts):
    return jnp.mean(jnp.exp(x @ w) - counts * (x @ w))


v2, (gw, gx) = jax.value_and_grad(loss_wxc, argnums=(0, 1))(w, x, counts)
print("argnums (0,1): value same:", bool(v2 == value), "gw same:", bool(jnp.allclose(gw, grad)), "gx shape:", gx.shape)

fast = jax.jit(poisson_loss_and_grad)
for step in range(4):
    value, grad = fast(w, x, counts)
    print(f"step {step}: loss {float(value):.5f}  |grad| {float(jnp.linalg.norm(grad)):.5f}")
    w = w - 0.3 * grad

value_dict, grad_dict = jax.value_and_grad(lambda p: loss_wxc(p["w"], x, counts))({"w": w})
print("dict grad keys:", list(grad_dict), grad_dict["w"].shape)
