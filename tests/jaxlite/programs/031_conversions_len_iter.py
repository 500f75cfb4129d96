"""float(), int(), bool(), len() and iteration over arrays."""

import jax.numpy as jnp

s = jnp.array(2.75)
print(float(s), int(s), bool(s))
print(int(jnp.array(-3.9)), bool(jnp.array(0.0)))
try:
    float(jnp.array([1.5]))
except TypeError as e:
    print(type(e).__name__, e)
v = jnp.array([1.0, 2.0, 3.0])
print(len(v), len(jnp.zeros((4, 2))))
for item in v:
    print(item, repr(item))
for row in jnp.arange(6).reshape(3, 2):
    print(row)
a, b = jnp.array([7, 8])
print(a + b)
print(list(jnp.array([True, False])))
print(sum(v), max(v))
if v[0] < v[1]:
    print("ordered")
try:
    bool(v)
except ValueError as e:
    print(type(e).__name__, e)
try:
    len(jnp.array(1.0))
except TypeError as e:
    print(type(e).__name__, e)
