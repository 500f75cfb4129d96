"""One jitted logistic-regression step with log_sigmoid and grad argnums=(0, 1), checked against X^T(sigmoid(z) - y), at logits in the tens."""
import functools

import jax
import jax.numpy as jnp


def nll(weights, bias, features, labels):
    z = features @ weights + bias
    return -jnp.sum(labels * jax.nn.log_sigmoid(z) + (1 - labels) * jax.nn.log_sigmoid(-z))


@functools.partial(jax.jit, static_argnames="learning_rate")
def step(weights, bias, features, labels, learning_rate):
    gw, gb = jax.grad(nll, argnums=(0, 1))(weights, bias, features, labels)
    return weights - learning_rate * gw, bias - learning_rate * gb


features = jnp.array([[1.0, 2.0], [-1.0, 0.5], [3.0, -2.0], [0.0, 1.0], [2.0, 2.0]])
labels = jnp.array([1.0, 0.0, 1.0, 0.0, 0.0])
weights = jnp.array([0.5, -0.25])
bias = jnp.array(0.1)

gw, gb = jax.grad(nll, argnums=(0, 1))(weights, bias, features, labels)
err = jax.nn.sigmoid(features @ weights + bias) - labels
print("autodiff:", gw, gb)
print("closed:  ", features.T @ err, jnp.sum(err))

new_w, new_b = step(weights, bias, features, labels, learning_rate=0.1)
print("after one step:", new_w, new_b, new_w.dtype, new_b.shape)
same_w, same_b = step(weights, bias, features, labels, learning_rate=0.0)
print("lr=0 leaves params:", bool(jnp.array_equal(same_w, weights)), bool(same_b == bias))

big_w = jnp.array([10.0, 10.0])
z = features @ big_w
print("large logits:", z)
loss_big = nll(big_w, bias, features, labels)
g_big = jax.grad(nll, argnums=(0, 1))(big_w, bias, features, labels)
print("finite loss:", bool(jnp.isfinite(loss_big)), f"{float(loss_big):.3f}")
print("finite grads:", [bool(jnp.all(jnp.isfinite(g))) for g in g_big])
print("grad_w at large logits:", g_big[0])

w, b = weights, bias
for i in range(5):
    w, b = step(w, b, features, labels, learning_rate=0.05)
    print(f"step {i + 1}: loss {float(nll(w, b, features, labels)):.4f}")
softplus_form = jnp.sum(jax.nn.softplus(features @ w + b) - labels * (features @ w + b))
print("softplus form equals:", bool(jnp.allclose(softplus_form, nll(w, b, features, labels))))
