"""Cross-entropy pitfalls: log of softmax overflowing, labels used as one-hot, sum instead of mean."""
import jax
import jax.numpy as jnp

logits = jnp.array([[1.0, 2.0, 3.0], [100.0, 0.0, -10.0], [0.5, 0.5, 0.5]])
labels = jnp.array([2, 1, 0])


def naive(z):
    p = jnp.exp(z) / jnp.sum(jnp.exp(z), axis=1, keepdims=True)
    return -jnp.mean(jnp.log(p[jnp.arange(3), labels]))


def via_softmax(z):
    return -jnp.mean(jnp.log(jax.nn.softmax(z)[jnp.arange(3), labels]))


def good(z):
    return -jnp.mean(jax.nn.log_softmax(z)[jnp.arange(3), labels])


for name, fn in [("naive", naive), ("log(softmax)", via_softmax), ("log_softmax", good)]:
    v, g = jax.value_and_grad(fn)(logits)
    print(f"{name:12s} loss={v} grad row1={g[1]} row0={g[0]}")

big = logits * 10.0
print("naive at x10:", jax.value_and_grad(naive)(big)[0], "good at x10:", jax.value_and_grad(good)(big)[0])
print("softmax of row 1 x10:", jax.nn.softmax(big[1]))

try:
    jnp.sum(labels[:2] * jax.nn.log_softmax(logits[:2]), axis=1)
except Exception as e:
    print("labels as one-hot (N != C):", type(e).__name__, "|", str(e).splitlines()[0])
wrong = jax.nn.log_softmax(logits)[:, labels]
print("indexing with labels alone shape:", wrong.shape)

sum_grad = jax.grad(lambda z: -jnp.sum(jax.nn.log_softmax(z)[jnp.arange(3), labels]))(logits)
mean_grad = jax.grad(good)(logits)
print("sum grad row 0:", sum_grad[0], "mean grad row 0:", mean_grad[0])
print("sum grad == N * mean grad:", bool(jnp.allclose(sum_grad, 3 * mean_grad, atol=1e-6)))

try:
    jax.value_and_grad(good)(labels)
except TypeError as e:
    print("grad wrt labels:", str(e).splitlines()[0])
