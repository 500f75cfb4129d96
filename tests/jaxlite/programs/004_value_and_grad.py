"""value_and_grad with integer and tuple argnums."""

import jax
import jax.numpy as jnp


def loss(w, b, x):
    return jnp.sum((w * x + b) ** 2)


x = jnp.array([1.0, -2.0, 0.5])
value, g = jax.value_and_grad(loss)(2.0, 1.0, x)
print(value)
print(g)
value, gb = jax.value_and_grad(loss, argnums=1)(2.0, 1.0, x)
print(value, gb)
value, (gw, gb) = jax.value_and_grad(loss, argnums=(0, 1))(2.0, 1.0, x)
print(value, gw, gb)
value, gx = jax.value_and_grad(loss, argnums=2)(2.0, 1.0, x)
print(repr(value))
print(repr(gx))
out = jax.value_and_grad(loss, argnums=(2,))(2.0, 1.0, x)
print(type(out).__name__, type(out[1]).__name__, len(out[1]))
print(out)
