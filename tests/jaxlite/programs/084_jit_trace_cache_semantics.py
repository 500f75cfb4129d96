"""jit runs a function's Python once per argument signature; later calls reuse that trace."""

from functools import partial

import jax
import jax.numpy as jnp

scale = 2.0


def scaled(x):
    print("tracing scaled with", x)
    return x * scale


print(jax.jit(scaled)(1.0))
scale = 10.0
print(jax.jit(scaled)(3.0))  # same signature: the traced constant 2.0 is kept
print(jax.jit(scaled)(jnp.array([1.0, 2.0])))  # new shape: traced again, sees 10.0
print(jax.jit(scaled)(jnp.array([1, 2])))  # new dtype: traced again


class Counter:
    def __init__(self):
        self.n = 0

    def count(self):
        self.n += 1
        return self.n


counter = Counter()
count = jax.jit(counter.count)
print([int(count()) for _ in range(3)], counter.n)

log = []


@jax.jit
def remember(x):
    log.append(x.shape)
    return jnp.sum(x ** 2)


print(remember(jnp.ones(3)), remember(jnp.arange(3.0)), remember(jnp.ones(4)), log)


@partial(jax.jit, static_argnums=1)
def power(x, n):
    print("tracing power", n)
    return x ** n


print(power(2.0, 2), power(3.0, 2), power(2.0, 3))


@jax.jit
def step(w, x, y):
    loss_grad = jax.grad(lambda w: jnp.mean((x @ w - y) ** 2))
    return w - 0.1 * loss_grad(w)


w = jnp.zeros(2)
x = jnp.array([[1.0, 2.0], [3.0, -1.0], [0.5, 0.5]])
y = jnp.array([1.0, 2.0, 0.0])
for _ in range(3):
    w = step(w, x, y)
print(w)

f = jax.jit(lambda v: jnp.sin(v) * v)
print(jax.grad(lambda v: f(v) + f(2 * v))(1.0), jax.grad(lambda v: f(v))(0.5))
print(jax.vmap(f)(jnp.arange(3.0)), jax.jacfwd(f)(jnp.array([0.5, 1.0])))


@jax.jit
def sample(key, shape_source):
    return jax.random.normal(key, shape_source.shape)


print(sample(jax.random.key(0), jnp.ones(2)), sample(jax.random.key(1), jnp.ones(2)))


@jax.jit
def noisy(v):
    jax.debug.print("debug sees {}", v)
    return v + 1


print(noisy(1.0), noisy(2.0))


def outer(t):
    return jax.jit(lambda v: v * t)(3.0)


print(jax.grad(outer)(2.0), jax.grad(outer)(5.0))


@jax.custom_jvp
def soft(v):
    return jnp.log1p(jnp.exp(v))


soft.defjvp(lambda p, t: (soft(p[0]), jax.nn.sigmoid(p[0]) * t[0]))
g = jax.jit(jax.grad(soft))
print(g(0.5), g(-1.0), jax.jit(jax.vmap(soft))(jnp.array([0.0, 1.0])))
