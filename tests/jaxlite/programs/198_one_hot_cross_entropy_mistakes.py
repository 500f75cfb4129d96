"""Softmax cross-entropy via one_hot and via take_along_axis, plus one_hot pitfalls (out of range, float labels)."""
import jax
import jax.numpy as jnp

logits = jnp.array([[2.0, 1.0, 0.1], [0.5, 2.5, 0.0], [0.0, 0.0, 3.0], [1.0, 1.0, 1.0]])
labels = jnp.array([0, 1, 2, 1])

oh = jax.nn.one_hot(labels, 3)
print("one_hot:", oh, oh.dtype)


def ce_onehot(logits):
    return -jnp.mean(jnp.sum(oh * jax.nn.log_softmax(logits), axis=-1))


def ce_take(logits):
    lp = jax.nn.log_softmax(logits)
    return -jnp.mean(jnp.take_along_axis(lp, labels[:, None], axis=1))


print("ce:", ce_onehot(logits), ce_take(logits))
g = jax.grad(ce_onehot)(logits)
print("grad:", g)
print("closed form:", bool(jnp.allclose(g, (jax.nn.softmax(logits) - oh) / 4, atol=1e-6)))
print("row sums:", jnp.round(g.sum(axis=1), 6))
print("out of range:", jax.nn.one_hot(jnp.array([3, -1]), 3))
print("float labels:", jax.nn.one_hot(jnp.array([0.0, 2.0]), 3))
print("int dtype:", jax.nn.one_hot(labels, 3, dtype=jnp.int32))
print("axis 0:", jax.nn.one_hot(jnp.array([0, 1]), 3, axis=0).shape)
try:
    jax.grad(ce_onehot)(labels)
except Exception as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
# mistake: mean of log_softmax * one_hot over all entries (divides by 12)
wrong = -jnp.mean(oh * jax.nn.log_softmax(logits))
print("wrong mean:", wrong, "ratio:", jnp.round(ce_onehot(logits) / wrong, 4))
