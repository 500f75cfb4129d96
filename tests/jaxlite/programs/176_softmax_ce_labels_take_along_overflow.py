"""Softmax cross-entropy: logsumexp vs naive log(softmax), label indexing mistakes, one_hot, huge logits."""
import jax
import jax.numpy as jnp
from jax.scipy.special import logsumexp

logits = jnp.array([[2.0, 1.0, 0.0], [0.0, 0.0, 0.0], [1000.0, 0.0, -1000.0]])
labels = jnp.array([0, 2, 1])


def ce(z, labels):
    picked = jnp.take_along_axis(z, labels[:, None], axis=1)[:, 0]
    return jnp.mean(logsumexp(z, axis=1) - picked)


def ce_naive(z, labels):
    p = jnp.exp(z) / jnp.sum(jnp.exp(z), axis=1, keepdims=True)
    return -jnp.mean(jnp.log(p[jnp.arange(z.shape[0]), labels]))


loss, g = jax.value_and_grad(ce)(logits, labels)
print("loss:", loss)
print("grad:\n", g)
print("closed form:", bool(jnp.allclose(g, (jax.nn.softmax(logits) - jax.nn.one_hot(labels, 3)) / 3, atol=1e-6)))
print("rows of grad sum to 0:", jnp.round(g.sum(1), 6))
print("naive loss:", ce_naive(logits, labels))
print("naive grad row 0:", jax.grad(ce_naive)(logits, labels)[0])
print("log(softmax) row 2:", jnp.log(jax.nn.softmax(logits[2])))
print("log_softmax row 2:", jax.nn.log_softmax(logits[2]))
print("one_hot:", jax.nn.one_hot(labels, 3), jax.nn.one_hot(labels, 3).dtype)
print("one_hot int dtype:", jax.nn.one_hot(labels, 3, dtype=jnp.int32)[0])
print("labels alone pick columns:", logits[:, labels].shape)
try:
    jnp.mean(-labels * jax.nn.log_softmax(jnp.ones((3, 4))))
except (TypeError, ValueError) as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
print("silent broadcast when N == C:", (labels * jax.nn.log_softmax(logits)).shape)
sum_g = jax.grad(lambda z: jnp.sum(logsumexp(z, axis=1) - z[jnp.arange(3), labels]))(logits)
print("sum grad is N times mean grad:", bool(jnp.allclose(sum_g, 3 * g)))
print("logsumexp of -inf row:", logsumexp(jnp.array([-jnp.inf, -jnp.inf])))
print("grad of label (int) argument:")
try:
    jax.grad(ce, argnums=1)(logits, labels)
except TypeError as e:
    print(" ", type(e).__name__, "|", str(e).splitlines()[0])
print("jit:", jax.jit(jax.value_and_grad(ce))(logits, labels)[0])
