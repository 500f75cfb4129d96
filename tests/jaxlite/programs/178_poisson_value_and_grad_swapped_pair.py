"""Poisson regression: value_and_grad, a swapped unpack that still runs, the pair used as a gradient."""
import jax
import jax.numpy as jnp

x = jnp.array([[1.0, 0.5], [0.0, 1.0], [1.0, -1.0], [2.0, 0.0]])
counts = jnp.array([2.0, 1.0, 0.0, 5.0])
w = jnp.array([0.3, -0.2])


def poisson(w, x, counts):
    z = x @ w
    return jnp.mean(jnp.exp(z) - counts * z)


out = jax.value_and_grad(poisson)(w, x, counts)
print("type:", type(out).__name__, "len:", len(out))
loss, grad = out
print("loss:", repr(loss))
print("grad:", repr(grad))
print("closed:", x.T @ (jnp.exp(x @ w) - counts) / 4)
try:
    w - 0.1 * out
except TypeError as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
g_wrong, l_wrong = jax.value_and_grad(poisson)(w, x, counts)
print("swapped update moves all weights equally:", w - 0.1 * g_wrong)
try:
    jax.value_and_grad(lambda w: jnp.exp(x @ w) - counts * (x @ w))(w)
except TypeError as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
wi = w
for i in range(4):
    l, g = jax.value_and_grad(poisson)(wi, x, counts)
    wi = wi - 0.2 * g
    print(f"step {i}: loss {l:.5f}")
print("value_and_grad of a python-float function:", jax.value_and_grad(lambda t: t * t)(3.0))
print("int counts fine:", jax.value_and_grad(poisson)(w, x, counts.astype(jnp.int32))[0])
print("argnums=(0,) gives tuple:", type(jax.value_and_grad(poisson, argnums=(0,))(w, x, counts)[1]).__name__)
print("f-string of array:", f"{loss}", f"{loss:.3f}", f"{grad}")
