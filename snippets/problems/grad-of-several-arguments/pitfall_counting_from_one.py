import jax
import jax.numpy as jnp


def gaussian_nll(x, mu, log_sigma):
    sigma = jnp.exp(log_sigma)
    return jnp.mean(0.5 * ((x - mu) / sigma) ** 2 + log_sigma)


x = jnp.array([0.0, 4.0])

try:
    # "mu is the 2nd argument, log_sigma the 3rd": but argnums count from 0.
    jax.grad(gaussian_nll, argnums=(2, 3))(x, 0.5, 0.0)
except TypeError as err:
    print(f"TypeError: {err}")
