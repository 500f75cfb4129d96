"""Gaussian NLL gradients with argnums=(1, 2) versus (2, 1), value_and_grad, keyword data, and the closed-form derivatives."""
import jax
import jax.numpy as jnp


def gaussian_nll(x, mu, log_sigma):
    z = (x - mu) / jnp.exp(log_sigma)
    return jnp.mean(0.5 * z ** 2 + log_sigma)


x = jnp.array([1.0, 2.5, -0.5, 3.0, 1.5])
mu, log_sigma = 1.0, 0.2

d_mu, d_ls = jax.grad(gaussian_nll, argnums=(1, 2))(x, mu, log_sigma)
print("d_mu:", d_mu, "d_log_sigma:", d_ls)

swapped = jax.grad(gaussian_nll, argnums=(2, 1))(x, mu, log_sigma)
print("argnums=(2, 1) gives:", swapped)
print("order follows argnums:", bool(swapped[0] == d_ls), bool(swapped[1] == d_mu))

sigma2 = jnp.exp(2 * log_sigma)
print("closed d_mu:", -jnp.mean(x - mu) / sigma2)
print("closed d_log_sigma:", 1.0 - jnp.mean((x - mu) ** 2) / sigma2)

(val, grads) = jax.value_and_grad(gaussian_nll, argnums=(1, 2))(x, mu, log_sigma)
print("value:", val, "grads type:", type(grads).__name__, len(grads))

only_mu = jax.grad(gaussian_nll, argnums=1)
print("single argnum:", only_mu(x, mu, log_sigma))
int_data = jnp.array([1, 2, 0, 3, 1])
print("integer data, float params:", jax.grad(gaussian_nll, argnums=(1, 2))(int_data, mu, log_sigma))

mle_mu = jnp.mean(x)
mle_ls = 0.5 * jnp.log(jnp.mean((x - mle_mu) ** 2))
at_mle = jax.grad(gaussian_nll, argnums=(1, 2))(x, mle_mu, mle_ls)
print("gradient at the MLE ~ 0:", [bool(jnp.abs(g) < 1e-5) for g in at_mle])

mus = jnp.array([0.0, 1.0, 2.0])
batched = jax.vmap(jax.grad(gaussian_nll, argnums=(1, 2)), in_axes=(None, 0, None))(x, mus, log_sigma)
print("vmapped over mu:", batched)
