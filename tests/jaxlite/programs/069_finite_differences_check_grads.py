"""Directional finite differences and check_grads on the logistic loss, order 2."""

import jax
import jax.numpy as jnp
from jax import grad, vjp
from jax.test_util import check_grads

inputs = jnp.array(
    [[0.52, 1.12, 0.77], [0.88, -1.08, 0.15], [0.52, 0.06, -1.30], [0.74, -2.49, 1.39]]
)
targets = jnp.array([True, True, False, True])


def loss(W, b):
    preds = jax.nn.sigmoid(jnp.dot(inputs, W) + b)
    label_probs = preds * targets + (1 - preds) * (1 - targets)
    return -jnp.sum(jnp.log(label_probs))


key, W_key, b_key = jax.random.split(jax.random.key(0), 3)
W = jax.random.normal(W_key, (3,))
b = jax.random.normal(b_key, ())

vec = jnp.array([1.0, -1.0, 0.5])
unitvec = vec / jnp.sqrt(jnp.vdot(vec, vec))
eps = 1e-3
fd = (loss(W + eps / 2.0 * unitvec, b) - loss(W - eps / 2.0 * unitvec, b)) / eps
ad = jnp.vdot(grad(loss)(W, b), unitvec)
print("directional derivative close:", jnp.abs(fd - ad) < 1e-2)
print(f"autodiff directional derivative {ad:.5f}")

check_grads(loss, (W, b), order=2)
print("check_grads order 2 passed")
check_grads(loss, (W, b), order=1, modes=["rev"])
print("check_grads rev passed")

y, pullback = vjp(loss, W, b)
print(y)
print(pullback(1.0))
