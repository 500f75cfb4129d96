import jax
import jax.numpy as jnp


def gaussian_nll(x, mu, log_sigma):
    """Mean negative log-likelihood of the samples ``x`` under N(mu, sigma²), sigma = e^log_sigma.

    The constant 0.5·log(2π) is left out: it does not change any gradient.
    """
    sigma = jnp.exp(log_sigma)
    return jnp.mean(0.5 * ((x - mu) / sigma) ** 2 + log_sigma)


def gaussian_nll_grads(x, mu, log_sigma):
    """Gradients of ``gaussian_nll(x, mu, log_sigma)`` with respect to ``mu`` and ``log_sigma``."""
    return jax.grad(gaussian_nll, argnums=(1, 2))(x, mu, log_sigma)
