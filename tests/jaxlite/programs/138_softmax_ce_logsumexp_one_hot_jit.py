"""Cross-entropy written with jax.scipy logsumexp and one_hot, jitted, vmapped per row, and via vjp."""
import jax
import jax.numpy as jnp
from jax.scipy.special import logsumexp


@jax.jit
def ce_and_grad(logits, labels):
    def loss(z):
        onehot = jax.nn.one_hot(labels, z.shape[1])
        return jnp.mean(logsumexp(z, axis=1) - jnp.sum(onehot * z, axis=1))
    return jax.value_and_grad(loss)(logits)


def row_loss(z, label):
    return logsumexp(z) - z[label]


logits = jnp.array([[0.0, 1.0, 2.0, 3.0], [5.0, -5.0, 0.0, 1.0], [100.0, 200.0, 300.0, 400.0]])
labels = jnp.array([3, 1, 0])

value, grad = ce_and_grad(logits, labels)
print("loss:", value)
print("grad:\n", grad)

rows = jax.vmap(row_loss)(logits, labels)
print("per-row losses:", rows)
print("mean of rows equals loss:", bool(jnp.allclose(jnp.mean(rows), value)))
per_row_grads = jax.vmap(jax.grad(row_loss))(logits, labels)
print("per-row grads / N == batch grad:", bool(jnp.allclose(per_row_grads / 3, grad, atol=1e-6)))

# pull back a cotangent of 1/N per row through the per-row loss vector
vec_loss = lambda z: jax.vmap(row_loss)(z, labels)
out, pullback = jax.vjp(vec_loss, logits)
(g_vjp,) = pullback(jnp.full((3,), 1.0 / 3))
print("vjp agrees:", bool(jnp.allclose(g_vjp, grad, atol=1e-6)))
print("logsumexp with b/return_sign:", logsumexp(jnp.array([1.0, 2.0]), b=jnp.array([1.0, -1.0]), return_sign=True))
print("jax.nn.logsumexp same:", bool(jnp.allclose(jax.nn.logsumexp(logits, axis=1), logsumexp(logits, axis=1))))
