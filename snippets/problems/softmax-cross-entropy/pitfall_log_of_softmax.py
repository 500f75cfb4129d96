import jax
import jax.numpy as jnp

logits = jnp.array([[100.0, 0.0, -5.0], [2.0, 1.0, 0.5]])
labels = jnp.array([2, 0])
rows = jnp.arange(2)


def by_hand(logits):
    e = jnp.exp(logits)  # exp(100) is inf in float32
    probs = e / jnp.sum(e, axis=1, keepdims=True)
    return -jnp.mean(jnp.log(probs[rows, labels]))


def log_of_softmax(logits):
    probs = jax.nn.softmax(logits)  # stable, but exp(-105) underflows to 0
    return -jnp.mean(jnp.log(probs[rows, labels]))


def with_log_softmax(logits):
    return -jnp.mean(jax.nn.log_softmax(logits)[rows, labels])


for loss in (by_hand, log_of_softmax, with_log_softmax):
    value, grad = jax.value_and_grad(loss)(logits)
    print(f"{loss.__name__}: loss", value)
    print(grad)
