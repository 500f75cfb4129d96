"""The tutorial's logistic regression: a 4x3 toy dataset and grads with argnums 0, 1, (0, 1)."""

import jax
import jax.numpy as jnp
from jax import grad


def sigmoid(x):
    return 0.5 * (jnp.tanh(x / 2) + 1)


def predict(W, b, inputs):
    return sigmoid(jnp.dot(inputs, W) + b)


inputs = jnp.array(
    [[0.52, 1.12, 0.77], [0.88, -1.08, 0.15], [0.52, 0.06, -1.30], [0.74, -2.49, 1.39]]
)
targets = jnp.array([True, True, False, True])


def loss(W, b):
    preds = predict(W, b, inputs)
    label_probs = preds * targets + (1 - preds) * (1 - targets)
    return -jnp.sum(jnp.log(label_probs))


key = jax.random.key(0)
key, W_key, b_key = jax.random.split(key, 3)
W = jax.random.normal(W_key, (3,))
b = jax.random.normal(b_key, ())
print("W =", W)
print("b =", b)
print("predictions:", predict(W, b, inputs))
print("loss:", loss(W, b))

W_grad = grad(loss, argnums=0)(W, b)
print(f"{W_grad=}")
W_grad = grad(loss, 0)(W, b)
print(f"{W_grad=}")
b_grad = grad(loss, 1)(W, b)
print(f"{b_grad=}")
W_grad, b_grad = grad(loss, (0, 1))(W, b)
print(f"{W_grad=}")
print(f"{b_grad=}")
for step in range(5):
    W_grad, b_grad = grad(loss, (0, 1))(W, b)
    W, b = W - 0.1 * W_grad, b - 0.1 * b_grad
    print(step, f"{loss(W, b):.6f}")
