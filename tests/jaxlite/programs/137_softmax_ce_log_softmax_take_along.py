"""Softmax cross-entropy via log_softmax with fancy indexing and take_along_axis; finite at huge logits."""
import jax
import jax.numpy as jnp


def softmax_cross_entropy_and_grad(logits, labels):
    def loss(z):
        logp = jax.nn.log_softmax(z)
        picked = logp[jnp.arange(z.shape[0]), labels]
        return -jnp.mean(picked)
    return jax.value_and_grad(loss)(logits)


def ce_take_along(logits, labels):
    logp = jax.nn.log_softmax(logits, axis=-1)
    return -jnp.mean(jnp.take_along_axis(logp, labels[:, None], axis=1))


logits = jnp.array([[2.0, 1.0, 0.1], [0.5, 2.5, -1.0], [0.0, 0.0, 0.0], [-1.0, 3.0, 1.0]])
labels = jnp.array([0, 2, 1, 1], dtype=jnp.int32)

value, grad = softmax_cross_entropy_and_grad(logits, labels)
print("loss:", value, value.dtype)
print("grad:\n", grad)
print("rows of grad sum to 0:", bool(jnp.allclose(grad.sum(axis=1), 0.0, atol=1e-6)))
closed = (jax.nn.softmax(logits) - jax.nn.one_hot(labels, 3)) / logits.shape[0]
print("closed form:", bool(jnp.allclose(grad, closed, atol=1e-6)))
print("take_along_axis loss agrees:", bool(jnp.allclose(ce_take_along(logits, labels), value)))

big = jnp.array([[1000.0, 0.0, -1000.0], [300.0, 310.0, 290.0]])
v_big, g_big = softmax_cross_entropy_and_grad(big, jnp.array([2, 0]))
print("huge logits loss:", v_big, "finite:", bool(jnp.isfinite(v_big)))
print("huge logits grad:\n", g_big)
print("grad finite:", bool(jnp.all(jnp.isfinite(g_big))))
print("labels dtype:", labels.dtype, "one_hot dtype:", jax.nn.one_hot(labels, 3).dtype)
print("shift invariance:", bool(jnp.allclose(softmax_cross_entropy_and_grad(logits + 50.0, labels)[0], value, atol=1e-5)))
