import jax
import jax.numpy as jnp

x = jnp.array([[1.0, 2.0, 0.0], [0.0, 1.0, -1.0]])
y = jnp.array([1.0, 0.0])


def loss(w, b):
    return jnp.mean((x @ w + b - y) ** 2)


w, b = jnp.zeros(3), 0.0

# Without argnums only w (argument 0) is differentiated: one array comes back, not a pair.
value, grads = jax.value_and_grad(loss)(w, b)
try:
    grad_w, grad_b = grads
except ValueError as err:
    print(f"ValueError: {err}")

value, (grad_w, grad_b) = jax.value_and_grad(loss, argnums=(0, 1))(w, b)
print(grad_w, grad_b)
