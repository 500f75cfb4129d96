import jax
import jax.numpy as jnp


def gaussian_nll(x, mu, log_sigma):
    sigma = jnp.exp(log_sigma)
    return jnp.mean(0.5 * ((x - mu) / sigma) ** 2 + log_sigma)


counts = jnp.array([2, 5, 3])  # integer data is fine: it is not differentiated

try:
    jax.grad(gaussian_nll, argnums=(1, 2))(counts, 3, 0.0)  # but mu = 3 is an int
except TypeError as err:
    print(f"TypeError: {err}")

print(jax.grad(gaussian_nll, argnums=(1, 2))(counts, 3.0, 0.0))
