import jax
import jax.numpy as jnp

x = jnp.array([[1.0], [2.0], [3.0]])
y = jnp.array([2.0, 4.0, 6.0])


def loss(w, b):
    return jnp.mean((x @ w + b - y) ** 2)


loss_and_grads = jax.value_and_grad(loss, argnums=(0, 1))
for learning_rate in (0.1, 0.5):
    w, b = jnp.zeros(1), 0.0
    history = []
    for _ in range(6):
        value, (grad_w, grad_b) = loss_and_grads(w, b)
        history.append(round(float(value), 3))
        w, b = w - learning_rate * grad_w, b - learning_rate * grad_b
    print(f"learning_rate={learning_rate}: {history}")
