"""Gaussian NLL gradients: argnums order, counting from one, integer mean, and a NamedTuple of params."""
from typing import NamedTuple

import jax
import jax.numpy as jnp


def gaussian_nll(x, mu, log_sigma):
    return jnp.mean(0.5 * ((x - mu) / jnp.exp(log_sigma)) ** 2 + log_sigma)


x = jnp.array([1.0, 2.0, 4.0])
d_mu, d_s = jax.grad(gaussian_nll, argnums=(1, 2))(x, 2.0, 0.0)
print("d_mu:", repr(d_mu))
print("d_log_sigma:", repr(d_s))
print("closed d_mu:", -jnp.mean(x - 2.0), "closed d_s:", 1 - jnp.mean((x - 2.0) ** 2))
rev = jax.grad(gaussian_nll, argnums=(2, 1))(x, 2.0, 0.0)
print("argnums=(2, 1):", rev)
print("argnums as list:", jax.grad(gaussian_nll, argnums=[1, 2])(x, 2.0, 0.0))
for bad in [(2, 3), 3, (-1,)]:
    try:
        out = jax.grad(gaussian_nll, argnums=bad)(x, 2.0, 0.0)
        print(bad, "-> ok", out)
    except Exception as e:
        print(bad, "->", type(e).__name__, "|", str(e).splitlines()[0])
try:
    jax.grad(gaussian_nll, argnums=(1, 2))(x, 3, 0.0)
except TypeError as e:
    print("int mu:", type(e).__name__, "|", str(e).splitlines()[0])
ix = jnp.array([1, 2, 4])
print("int data fine:", jax.grad(gaussian_nll, argnums=1)(ix, 2.0, 0.0))


class Normal(NamedTuple):
    mu: jax.Array
    log_sigma: jax.Array


def nll(p, x):
    return gaussian_nll(x, p.mu, p.log_sigma)


g = jax.grad(nll)(Normal(jnp.array(2.0), jnp.array(0.0)), x)
print("namedtuple grad:", g)
print("type:", type(g).__name__, "fields:", g._fields)
print("treedef:", jax.tree_util.tree_structure(g))
print("value_and_grad:", jax.value_and_grad(nll)(Normal(jnp.array(1.0), jnp.array(0.5)), x)[0])
