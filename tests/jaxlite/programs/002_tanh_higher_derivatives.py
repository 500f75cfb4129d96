"""The tutorial's opening: grad of tanh and its higher derivatives."""

import jax.numpy as jnp
from jax import grad

dtanh = grad(jnp.tanh)
print(dtanh(2.0))
d2tanh = grad(grad(jnp.tanh))
print(d2tanh(2.0))
d3tanh = grad(grad(grad(jnp.tanh)))
print(d3tanh(2.0))

# the closed form 1 - tanh(x)**2 agrees with autodiff
x = 2.0
print(1.0 - jnp.tanh(x) ** 2)
print(f"first derivative at 0.5: {dtanh(0.5):.6f}")
for point in [-1.0, 0.0, 1.0]:
    print(point, dtanh(point), d2tanh(point), d3tanh(point))
