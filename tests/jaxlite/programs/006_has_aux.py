"""has_aux returns auxiliary data alongside the gradient."""

import jax
import jax.numpy as jnp


def loss_with_stats(w, x):
    pred = x * w
    loss = jnp.mean(pred**2)
    return loss, {"pred": pred, "max": jnp.max(pred)}


x = jnp.array([1.0, 2.0, 3.0, 4.0])
g, aux = jax.grad(loss_with_stats, has_aux=True)(0.5, x)
print(g)
print(aux)
print(aux["pred"], aux["max"])
(value, aux), g = jax.value_and_grad(loss_with_stats, has_aux=True)(0.5, x)
print(value, g)
print(aux["max"])


def with_string(x):
    return x**2, "a note"


print(jax.grad(with_string, has_aux=True)(3.0))
