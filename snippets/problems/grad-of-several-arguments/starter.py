import jax
import jax.numpy as jnp


def gaussian_nll(x, mu, log_sigma):
    """Mean negative log-likelihood of the samples ``x`` under N(mu, sigma²), sigma = e^log_sigma.

    The constant 0.5·log(2π) is left out: it does not change any gradient.
    """
    sigma = jnp.exp(log_sigma)
    return jnp.mean(0.5 * ((x - mu) / sigma) ** 2 + log_sigma)


def gaussian_nll_grads(x, mu, log_sigma):
    """Gradients of ``gaussian_nll(x, mu, log_sigma)`` with respect to ``mu`` and ``log_sigma``.

    Args:
        x: a 1-D float array of samples (the data, not differentiated).
        mu: a float scalar, the mean.
        log_sigma: a float scalar, the log of the standard deviation.

    Returns:
        A tuple ``(d_mu, d_log_sigma)`` of two scalars, from one call of ``jax.grad``.
    """
    raise NotImplementedError("one jax.grad with a tuple of argnums gives both gradients")
