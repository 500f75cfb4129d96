import jax


def spring_energy(k, x, rest):
    """Energy stored in a spring of stiffness k stretched from length rest to x."""
    return 0.5 * k * (x - rest) ** 2


# Positions count from 0: k is argument 0, x is 1, rest is 2.
print("d/dk    ", jax.grad(spring_energy)(3.0, 1.5, 1.0))  # argnums=0 by default
print("d/dx    ", jax.grad(spring_energy, argnums=1)(3.0, 1.5, 1.0))
print("d/d rest", jax.grad(spring_energy, argnums=2)(3.0, 1.5, 1.0))

# The derivative function takes the same arguments as spring_energy, all of them.
force = jax.grad(spring_energy, argnums=1)
print("minus the force at x = 2.0:", force(3.0, 2.0, 1.0))
