"""A cubic polynomial and its four derivatives (the fourth is zero)."""

from jax import grad


def cubic(x):
    return 2.0 * x**3 - 4.0 * x**2 + x - 7.0


d1 = grad(cubic)
d2 = grad(d1)
d3 = grad(d2)
d4 = grad(d3)
for x in [0.0, 1.0, 2.5, -3.0]:
    print(f"x={x}: f={cubic(x)} f'={d1(x)} f''={d2(x)} f'''={d3(x)} f''''={d4(x)}")
print(repr(d4(1.0)))
print(repr(d3(1.0)))
