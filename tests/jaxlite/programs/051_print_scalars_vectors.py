"""str and repr of scalars and vectors of each dtype."""

import jax.numpy as jnp

values = [
    jnp.array(1.0),
    jnp.array(-0.0),
    jnp.array(0.1),
    jnp.array(1 / 3),
    jnp.array(2.5, dtype=jnp.float32),
    jnp.array(42),
    jnp.array(False),
    jnp.array([0.1, 0.2, 0.3]),
    jnp.array([1.0, 10.0, 100.0]),
    jnp.array([-1.5, 2.25]),
    jnp.array([1, -20, 300]),
    jnp.array([0.0]),
    jnp.float32(7.0),
]
for v in values:
    print(v)
    print(repr(v))
print([jnp.array(1.0), jnp.array(2)])
print((jnp.array([1.0]),))
