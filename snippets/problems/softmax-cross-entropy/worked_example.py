import jax
import jax.numpy as jnp

# One example with four classes; class 2 is the true one.
scores = jnp.array([1.0, -0.5, 2.0, 0.0])
true_class = 2


def nll(scores):
    log_probs = jax.nn.log_softmax(scores)
    # The probabilities ride along as auxiliary output: returned, not differentiated.
    return -log_probs[true_class], jnp.exp(log_probs)


(value, probs), grad = jax.value_and_grad(nll, has_aux=True)(scores)
print("loss:            ", value)
print("gradient:        ", grad)
print("probs - one_hot: ", probs - jax.nn.one_hot(true_class, 4))
print("gradient sums to:", jnp.sum(grad))

# Adding the same number to every score changes nothing, not even at 1000.
(shifted_value, _), shifted_grad = jax.value_and_grad(nll, has_aux=True)(scores + 1000.0)
print("shifted by 1000: ", shifted_value, shifted_grad)
