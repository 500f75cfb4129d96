"""Bit-level details of XLA on CPU: exp/log of short vectors, summation order, linspace, and
stop_gradient of a Python float. Comparisons print True/False, so a last-bit difference shows."""

import jax
import jax.numpy as jnp

# exp and log of a vector of 3, 5, 6, 7, 11, 13, 14 or 15 elements: the last size % 8 come
# from glibc, the others (and every element of other sizes) from XLA's vector polynomial
x = jnp.array([1.0000040531158447] * 16)
for n in (1, 2, 3, 4, 5, 8, 11, 16):
    print(n, jnp.exp(x[:n])[-1] == jnp.exp(x)[0], jnp.log(x[:n] + 2)[-1] == jnp.log(x + 2)[0])
print(jnp.exp(jnp.array([1.0, 2.0, 3.0])).tolist())
print(jnp.exp(x[:3].reshape(1, 3))[0, 2] == jnp.exp(x)[0])
print(jax.vmap(jnp.exp)(x[:3])[2] == jnp.exp(x)[0])
print(jax.grad(lambda v: jnp.sum(jnp.exp(v)))(x[:5])[4] == jnp.exp(x)[0])
print(jax.nn.softmax(jnp.array([0.5, 1.5, -2.0])).tolist())
print(jnp.log10(jnp.arange(1.0, 6.0)), jnp.log1p(jnp.array([1e-3, 0.3, 2.0])).tolist())
print(jnp.expm1(jnp.array([1e-3, 0.3, 2.0])).tolist())
print(jnp.exp(88.6) == jnp.exp(jnp.full(16, 88.6))[0])

# sums: XLA splits long axes into windows of 32 and vectorises some loops over rows
print(jnp.sum(jnp.array([[1e8, 1.0], [-1e8, 1.0]])))
big = jnp.array([1e8, 1.0, 1.0, 1.0] * 4 + [-1e8, 1.0, 1.0, 1.0] * 4)
print(jnp.sum(big.reshape(8, 4)), jnp.sum(big.reshape(4, 8)), jnp.sum(big.reshape(2, 16)))
print(jnp.sum(jnp.concatenate([big, big])), jnp.sum(jnp.tile(big, 3)))
print(jnp.sum(big.reshape(4, 2, 4)))
print(jnp.sum(jnp.tile(big, 2).reshape(16, 4), axis=1), jnp.sum(big.reshape(16, 2), axis=0))
data = ((jnp.arange(300.0) * 37.0) % 101.0 - 50.0) * 1.37
print(jnp.mean(data) == jnp.sum(data) * (1 / 300))
print(jnp.mean(data[:100]), jnp.mean(data.reshape(100, 3)))
print(jnp.sum(data.reshape(100, 3), axis=0), jnp.mean(data.reshape(60, 5), axis=0))
print(jax.grad(lambda b: jnp.mean(jnp.tanh(data.reshape(100, 3) / 1e3 + b) ** 2))(jnp.zeros(3)))

# linspace: XLA's arithmetic for start * (1 - i/n) + stop * (i/n)
grid = jnp.linspace(-2, 2, 40)
print(grid[19:22].tolist(), grid[20] == 0.0512821227312088)
print(jnp.linspace(0.0, 1.0, 7).tolist(), jnp.linspace(-3, 5, 10, endpoint=False, retstep=True))

# stop_gradient of a Python number gives JAX's typed literals
y = jax.lax.stop_gradient(2.5)
print(repr(y), y, type(y).__name__, y * 2, repr(y + jnp.ones(2)), repr(jnp.asarray(y)))
print(repr(jax.lax.stop_gradient(3)), jax.lax.stop_gradient({"w": 1.0, "b": jnp.ones(2)}))
print(jax.grad(lambda w: w * jax.lax.stop_gradient(2.5) + jax.lax.stop_gradient(w) ** 2)(3.0))
