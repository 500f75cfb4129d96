import jax
import jax.numpy as jnp


def logistic_regression_step(weights, bias, features, labels, learning_rate):
    """One step of gradient descent for logistic regression.

    The model gives each row of ``features`` the probability ``sigmoid(features @ weights +
    bias)`` of having label 1. The loss is the negative log-likelihood of ``labels``, summed
    (not averaged) over the rows. Differentiate it with respect to ``weights`` and ``bias``
    and move both by ``-learning_rate`` times their gradient. The loss must stay finite when
    a logit is in the tens.

    Args:
        weights: a float32 array of shape ``(d,)``.
        bias: a float32 array of shape ``()``.
        features: a float32 array of shape ``(N, d)``, one row per example.
        labels: a float32 array of shape ``(N,)`` holding 0.0 or 1.0.
        learning_rate: a Python float.

    Returns:
        The updated pair ``(weights, bias)``, with the shapes and dtype of the inputs.
    """
    raise NotImplementedError("write loss(weights, bias), then ask jax.grad for both gradients")
