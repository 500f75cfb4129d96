import jax
import jax.numpy as jnp

features = jnp.array([[1.0, 0.0], [0.5, -1.0], [2.0, 1.0], [-1.0, 1.5]])
labels = jnp.array([1.0, 0.0, 0.0, 1.0])
weights, bias = jnp.array([0.5, -0.5]), jnp.array(0.0)


def summed_loss(weights, bias):
    logits = features @ weights + bias
    return jnp.sum(jax.nn.softplus(logits) - labels * logits)


def mean_loss(weights, bias):
    logits = features @ weights + bias
    return jnp.mean(jax.nn.softplus(logits) - labels * logits)


# The closed form of the summed loss's gradient: Xᵀ(σ(z) − y) and Σ(σ(z) − y).
error = jax.nn.sigmoid(features @ weights + bias) - labels
print("closed form:", features.T @ error, jnp.sum(error))
print("sum:        ", *jax.grad(summed_loss, argnums=(0, 1))(weights, bias))
print("mean:       ", *jax.grad(mean_loss, argnums=(0, 1))(weights, bias))  # 4 times smaller
