import jax
import jax.numpy as jnp


def poisson_loss_and_grad(w, x, counts):
    """The Poisson regression loss and its gradient with respect to ``w``, together."""

    def loss(w):
        log_rate = x @ w
        return jnp.mean(jnp.exp(log_rate) - counts * log_rate)

    return jax.value_and_grad(loss)(w)
