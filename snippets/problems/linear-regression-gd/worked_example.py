import jax
import jax.numpy as jnp

# Fit a single slope k in y ≈ k * t by gradient descent.
t = jnp.array([1.0, 2.0, 3.0])
y = jnp.array([2.1, 3.9, 6.2])


def loss(k):
    return jnp.mean((k * t - y) ** 2)


# value_and_grad returns the loss and its gradient from one evaluation.
loss_and_grad = jax.value_and_grad(loss)
k = 0.0
for step in range(4):
    value, slope = loss_and_grad(k)
    print(f"step {step}: k = {float(k):.4f}  loss = {float(value):.4f}  "
          f"dloss/dk = {float(slope):.4f}")
    k = k - 0.05 * slope


# has_aux=True lets the loss hand back extra results (here the predictions) untouched.
def loss_with_predictions(k):
    predictions = k * t
    return jnp.mean((predictions - y) ** 2), predictions


(value, predictions), slope = jax.value_and_grad(loss_with_predictions, has_aux=True)(k)
print(value, predictions, slope)
