import jax
import jax.numpy as jnp


def loss(w):
    return jnp.sum((w - 1.0) ** 2)


w = jnp.array([0.0, 3.0, 1.0])

grad, value = jax.value_and_grad(loss)(w)  # wrong order: the value comes first
print("'grad' has shape", grad.shape, "and 'value' has shape", value.shape)
print("one step with the mislabelled pair:", w - 0.1 * grad)  # shifts every entry alike

value, grad = jax.value_and_grad(loss)(w)
print("one step with the gradient:        ", w - 0.1 * grad)
