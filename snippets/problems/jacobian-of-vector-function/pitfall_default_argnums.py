import jax
import jax.numpy as jnp


def layer(w, b, x):
    return jnp.tanh(w @ x + b)


w = jnp.array([[1.0, -1.0], [0.5, 2.0], [0.0, 1.0]])
b = jnp.zeros(3)
x = jnp.array([0.2, -0.4])

# argnums defaults to 0: this differentiates with respect to w, not x.
print(jax.jacfwd(layer)(w, b, x).shape)  # (outputs,) + w.shape: no error, wrong object

print(jax.jacfwd(layer, argnums=2)(w, b, x).shape)  # (outputs, inputs)
