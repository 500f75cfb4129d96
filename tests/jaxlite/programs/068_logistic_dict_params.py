"""The same logistic loss with dict parameters, value_and_grad and finite differences."""

import jax
import jax.numpy as jnp
from jax import grad, value_and_grad

inputs = jnp.array(
    [[0.52, 1.12, 0.77], [0.88, -1.08, 0.15], [0.52, 0.06, -1.30], [0.74, -2.49, 1.39]]
)
targets = jnp.array([True, True, False, True])


def predict(W, b, x):
    return jax.nn.sigmoid(jnp.dot(x, W) + b)


def loss(W, b):
    preds = predict(W, b, inputs)
    label_probs = preds * targets + (1 - preds) * (1 - targets)
    return -jnp.sum(jnp.log(label_probs))


key, W_key, b_key = jax.random.split(jax.random.key(0), 3)
W = jax.random.normal(W_key, (3,))
b = jax.random.normal(b_key, ())


def loss2(params_dict):
    return loss(params_dict["W"], params_dict["b"])


print(grad(loss2)({"W": W, "b": b}))
loss_value, Wb_grad = value_and_grad(loss, (0, 1))(W, b)
print("loss value", loss_value)
print("loss value", loss(W, b))
print(Wb_grad)

# a central finite difference along W's first coordinate agrees with autodiff
eps = 1e-3
dW = jnp.zeros_like(W).at[0].set(eps)
fd = (loss(W + dW, b) - loss(W - dW, b)) / (2 * eps)
print("finite difference vs grad close:", jnp.abs(fd - Wb_grad[0][0]) < 1e-2)
b_fd = (loss(W, b + eps / 2.0) - loss(W, b - eps / 2.0)) / eps
print("b close:", jnp.abs(b_fd - Wb_grad[1]) < 1e-2)
