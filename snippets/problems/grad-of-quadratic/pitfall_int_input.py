import jax


def cube(w):
    return w**3


try:
    jax.grad(cube)(2)  # a Python int becomes an int32 array
except TypeError as err:
    print(f"TypeError: {err}")

print(jax.grad(cube)(2.0))  # a float works
