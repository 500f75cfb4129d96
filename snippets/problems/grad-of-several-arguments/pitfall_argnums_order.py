import jax
import jax.numpy as jnp


def gaussian_nll(x, mu, log_sigma):
    sigma = jnp.exp(log_sigma)
    return jnp.mean(0.5 * ((x - mu) / sigma) ** 2 + log_sigma)


x = jnp.array([0.0, 4.0])

# The gradients come back in the order of argnums, not in the order of the signature.
d_mu, d_log_sigma = jax.grad(gaussian_nll, argnums=(2, 1))(x, 0.5, 0.0)
print("mislabelled:", "d_mu =", d_mu, " d_log_sigma =", d_log_sigma)

d_mu, d_log_sigma = jax.grad(gaussian_nll, argnums=(1, 2))(x, 0.5, 0.0)
print("correct:    ", "d_mu =", d_mu, " d_log_sigma =", d_log_sigma)
