"""f-strings and format specs applied to scalar arrays."""

import jax.numpy as jnp
from jax import grad

x = jnp.array(3.14159265)
print(f"{x}")
print(f"{x:.2f}")
print(f"{x:8.3f}|")
print(f"{x:e}")
print(f"{x:.3e}")
print(f"{x:g}")
print(f"{jnp.array(12345.678):,.1f}")
print(f"{jnp.array(7):d}")
print(f"{jnp.array(7):03d}")
print(f"{jnp.array(0.25):%}")
print(f"{grad(lambda t: t**2)(1.5):.4f}")
print("loss = {:.5f}".format(jnp.array(0.123456)))  # noqa: UP032 - str.format is what learners write
print(f"{jnp.array([1.0, 2.0])}")
print(f"{jnp.array(True)}")
print("%.3f" % jnp.array(2.5))  # noqa: UP031 - so is %-formatting
