import jax
import jax.numpy as jnp

logits = jnp.array([[2.0, 0.0, 1.0], [0.5, 1.5, 0.0], [1.0, 1.0, 3.0], [0.0, 2.0, 0.5]])
labels = jnp.array([0, 1, 2, 1])  # class indices, shape (4,), not one-hot rows
log_probs = jax.nn.log_softmax(logits)  # shape (4, 3)

# The one-hot formula -sum(y * log_probs) with the integer labels in place of y:
try:
    -jnp.sum(labels * log_probs, axis=1)
except ValueError as err:
    print(f"ValueError: {err}")

# Indexing with the labels alone picks every label's column for every row: (4, 4), no error.
print("log_probs[:, labels] has shape", log_probs[:, labels].shape)
print("wrong loss:", -jnp.mean(log_probs[:, labels]))

# One entry per row: the row index paired with that row's label, or one-hot rows.
print("right loss:", -jnp.mean(log_probs[jnp.arange(4), labels]))
print("right loss:", -jnp.mean(jnp.sum(jax.nn.one_hot(labels, 3) * log_probs, axis=1)))
