"""softmax, log_softmax and logsumexp from jax.nn and jax.scipy.special."""

import jax
import jax.numpy as jnp
from jax.scipy.special import logsumexp

logits = jnp.array([[1.0, 2.0, 3.0], [1000.0, 1000.0, 0.0]])
print(jax.nn.softmax(logits))
print(jax.nn.softmax(logits, axis=0))
print(jax.nn.log_softmax(logits))
print(jax.nn.logsumexp(logits))
print(jax.nn.logsumexp(logits, axis=1))
print(logsumexp(logits, axis=1, keepdims=True))
print(logsumexp(jnp.array([-jnp.inf, 0.0])))
print(jnp.sum(jax.nn.softmax(logits), axis=1))
g = jax.grad(lambda z: logsumexp(z))(jnp.array([0.0, 1.0, 2.0]))
print(g)
print(jax.grad(lambda z: jax.nn.log_softmax(z)[1])(jnp.array([0.5, 0.5, 2.0])))
print(
    jax.grad(lambda z: jnp.sum(jax.nn.softmax(z) * jnp.array([1.0, 0.0, -1.0])))(
        jnp.array([0.1, 0.2, 0.3])
    )
)
