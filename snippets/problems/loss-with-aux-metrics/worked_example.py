import jax
import jax.numpy as jnp


def fit_loss(slope, t, v):
    residuals = slope * t - v
    loss = jnp.mean(residuals**2)
    # Anything computed on the way can ride along, as long as the loss comes first.
    return loss, {"mean_residual": jnp.mean(residuals), "worst": jnp.max(jnp.abs(residuals))}


t = jnp.array([0.0, 1.0, 2.0, 3.0])
v = jnp.array([0.1, 1.9, 4.2, 5.8])

# jax.grad with has_aux=True: (gradient, aux)
grad, aux = jax.grad(fit_loss, has_aux=True)(1.5, t, v)
print("grad:", grad)
print("aux: ", aux)

# jax.value_and_grad with has_aux=True: ((value, aux), gradient)
(loss, aux), grad = jax.value_and_grad(fit_loss, has_aux=True)(1.5, t, v)
print("loss:", loss, "grad:", grad)
