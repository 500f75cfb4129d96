import jax
import jax.numpy as jnp

logits = jnp.array([[1.0, 0.0], [0.0, 2.0], [0.5, 0.5], [3.0, -1.0]])
labels = jnp.array([0, 0, 1, 0])
one_hot = jax.nn.one_hot(labels, 2)


def summed(logits):
    return -jnp.sum(one_hot * jax.nn.log_softmax(logits))


def averaged(logits):
    return -jnp.mean(jnp.sum(one_hot * jax.nn.log_softmax(logits), axis=1))


print("closed form (softmax - one_hot) / N:")
print((jax.nn.softmax(logits) - one_hot) / 4)
print("gradient of the sum, 4 times too large:")
print(jax.grad(summed)(logits))
print("gradient of the mean:")
print(jax.grad(averaged)(logits))
