import jax
import jax.numpy as jnp


def per_example_loss(w, x, counts):
    log_rate = x @ w
    return jnp.exp(log_rate) - counts * log_rate  # one loss per row: not a scalar


x = jnp.array([[1.0, 0.0], [0.5, 2.0], [-1.0, 1.0]])
counts = jnp.array([1.0, 4.0, 0.0])

try:
    jax.value_and_grad(per_example_loss)(jnp.zeros(2), x, counts)
except TypeError as err:
    print(f"TypeError: {err}")

mean_loss = lambda w, x, counts: jnp.mean(per_example_loss(w, x, counts))  # noqa: E731
print(jax.value_and_grad(mean_loss)(jnp.zeros(2), x, counts))
