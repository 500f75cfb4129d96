import jax
import jax.numpy as jnp

features = jnp.array([[3.0, 2.0], [-2.0, -4.0], [1.0, 0.5]])
labels = jnp.array([0.0, 1.0, 1.0])
weights, bias = jnp.array([4.0, 3.0]), jnp.array(0.5)


def naive_loss(weights, bias):
    prob = jax.nn.sigmoid(features @ weights + bias)
    # sigmoid(18.5) rounds to exactly 1.0 in float32, so log(1 - prob) is log(0).
    return -jnp.sum(labels * jnp.log(prob) + (1 - labels) * jnp.log(1 - prob))


def stable_loss(weights, bias):
    logits = features @ weights + bias
    return jnp.sum(jax.nn.softplus(logits) - labels * logits)


print("logits:", features @ weights + bias)
for loss in (naive_loss, stable_loss):
    grad_w, grad_b = jax.grad(loss, argnums=(0, 1))(weights, bias)
    print(f"{loss.__name__}:", loss(weights, bias), "grads", grad_w, grad_b)
