"""Logistic loss written as log(sigmoid) goes inf/nan at confident logits; softplus and a double jnp.where keep it finite."""
import jax
import jax.numpy as jnp

features = jnp.array([[10.0], [-4.0], [25.0], [0.5]])
labels = jnp.array([0.0, 0.0, 1.0, 1.0])


def naive(w, b):
    p = jax.nn.sigmoid(features @ w + b)
    return -jnp.sum(labels * jnp.log(p) + (1 - labels) * jnp.log(1 - p))


def stable(w, b):
    z = features @ w + b
    return jnp.sum(jax.nn.softplus(z) - labels * z)


def clipped(w, b):
    p = jax.nn.sigmoid(features @ w + b)
    safe_1mp = jnp.where(p < 1.0, 1 - p, 1.0)
    log_1mp = jnp.where(p < 1.0, jnp.log(safe_1mp), -(features @ w + b))
    return -jnp.sum(labels * jnp.log(p) + (1 - labels) * log_1mp)


w, b = jnp.array([2.0]), jnp.array(0.0)
print("sigmoid(20) == 1.0 in float32:", bool(jax.nn.sigmoid(20.0) == 1.0))
print("naive loss:", naive(w, b))
gw, gb = jax.grad(naive, argnums=(0, 1))(w, b)
print("naive grads:", gw, gb)
print("stable loss:", stable(w, b))
sg = jax.grad(stable, argnums=(0, 1))(w, b)
print("stable grads:", sg)
cl = jax.grad(clipped, argnums=(0, 1))(w, b)
print("double-where grads:", cl)
print("where version matches:", bool(jnp.allclose(cl[0], sg[0], rtol=1e-4)))

single_where = lambda z: jnp.where(z < 15.0, jnp.log(1 - jax.nn.sigmoid(z)), -z)
print("single where value at 20:", single_where(20.0), "grad:", jax.grad(single_where)(20.0))

frozen = lambda w, b: stable(w, jax.lax.stop_gradient(b))
print("stop_gradient on bias:", jax.grad(frozen, argnums=(0, 1))(w, b))
print("log_sigmoid(-z) at z=20:", jax.nn.log_sigmoid(-20.0), "vs log(1-sigmoid):", jnp.log(1 - jax.nn.sigmoid(20.0)))
