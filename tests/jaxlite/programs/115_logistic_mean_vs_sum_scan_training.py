"""Logistic regression: mean-versus-sum gradients differ by N, a lax.fori_loop trainer with debug.print, and a vmapped per-example gradient."""
import jax
import jax.numpy as jnp
from jax import lax

features = jnp.array([[0.5, 1.0], [1.5, -0.5], [-1.0, -1.0], [2.0, 1.0], [-0.5, 2.0], [0.0, -1.5]])
labels = jnp.array([1.0, 1.0, 0.0, 1.0, 0.0, 0.0])


def per_example(w, b, x, y):
    z = x @ w + b
    return jax.nn.softplus(z) - y * z


def loss_sum(w, b):
    return jnp.sum(jax.vmap(per_example, in_axes=(None, None, 0, 0))(w, b, features, labels))


def loss_mean(w, b):
    return jnp.mean(jax.vmap(per_example, in_axes=(None, None, 0, 0))(w, b, features, labels))


w0, b0 = jnp.array([0.1, -0.2]), jnp.array(0.0)
gs = jax.grad(loss_sum, argnums=(0, 1))(w0, b0)
gm = jax.grad(loss_mean, argnums=(0, 1))(w0, b0)
print("sum grads:", gs)
print("mean grads:", gm)
print("ratio is N:", [round(float(r), 3) for r in (gs[0] / gm[0]).tolist()], round(float(gs[1] / gm[1]), 3))

per_ex = jax.vmap(jax.grad(per_example, argnums=(0, 1)), in_axes=(None, None, 0, 0))(w0, b0, features, labels)
print("per-example grad shapes:", per_ex[0].shape, per_ex[1].shape)
print("they sum to the total:", bool(jnp.allclose(per_ex[0].sum(0), gs[0], atol=1e-6)))


def train(w, b, lr):
    def body(i, carry):
        w, b = carry
        gw, gb = jax.grad(loss_sum, argnums=(0, 1))(w, b)
        jax.debug.print("iter {i}: loss {l:.4f}", i=i, l=loss_sum(w, b))
        return w - lr * gw, b - lr * gb
    return lax.fori_loop(0, 4, body, (w, b))


w, b = jax.jit(train)(w0, b0, 0.2)
print("trained:", w, b)
acc = jnp.mean((features @ w + b > 0) == (labels > 0.5))
print("training accuracy:", acc, acc.dtype)
print("probabilities:", jnp.round(jax.nn.sigmoid(features @ w + b), 3))
