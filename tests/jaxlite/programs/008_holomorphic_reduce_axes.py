"""holomorphic=True on real inputs and the removed reduce_axes argument both raise."""

import jax

try:
    jax.grad(lambda x: x * x, holomorphic=True)(2.0)
except TypeError as e:
    print(type(e).__name__, e)

try:
    jax.grad(lambda x: x * x, reduce_axes=("batch",))(2.0)
except NotImplementedError as e:
    print(type(e).__name__, e)

try:
    jax.value_and_grad(lambda x: x * x, reduce_axes=("batch",))(2.0)
except NotImplementedError as e:
    print(type(e).__name__, e)

print(jax.grad(lambda x: x * x)(2.0))
