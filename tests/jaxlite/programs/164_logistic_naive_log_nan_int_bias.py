"""Logistic regression NLL: log of sigmoid overflows to inf/nan, softplus form stays finite, int bias, mean vs sum."""
import jax
import jax.numpy as jnp

features = jnp.array([[10.0, 8.5], [-3.0, 1.0], [0.5, 0.5]])
labels = jnp.array([0.0, 1.0, 1.0])
w = jnp.array([1.0, 1.0])
b = jnp.array(0.0)


def naive(w, b):
    p = jax.nn.sigmoid(features @ w + b)
    return -jnp.sum(labels * jnp.log(p) + (1 - labels) * jnp.log(1 - p))


def stable(w, b):
    z = features @ w + b
    return jnp.sum(jax.nn.softplus(z) - labels * z)


print("logits:", features @ w + b)
print("sigmoid(18.5) == 1:", bool(jax.nn.sigmoid(18.5) == 1.0))
print("naive loss:", naive(w, b))
print("naive grads:", jax.grad(naive, argnums=(0, 1))(w, b))
print("stable loss:", stable(w, b))
gw, gb = jax.grad(stable, argnums=(0, 1))(w, b)
print("stable grads:", gw, gb)
z = features @ w + b
print("closed form:", features.T @ (jax.nn.sigmoid(z) - labels), jnp.sum(jax.nn.sigmoid(z) - labels))
print("log_sigmoid(-100):", jax.nn.log_sigmoid(-100.0), "log(sigmoid(-100)):", jnp.log(jax.nn.sigmoid(-100.0)))
try:
    jax.grad(stable, argnums=(0, 1))(w, 0)
except TypeError as e:
    print("int bias:", type(e).__name__, "|", str(e).splitlines()[0])
mean_g = jax.grad(lambda w: jnp.mean(jax.nn.softplus(features @ w) - labels * (features @ w)))(w)
print("mean grad * N == sum grad:", bool(jnp.allclose(mean_g * 3, jax.grad(stable)(w, 0.0))))
lr = 0.0
new = jax.tree_util.tree_map(lambda p, g: p - lr * g, (w, b), (gw, gb))
print("lr=0 step unchanged:", new[0], repr(new[1]))
print("bias dtype after step:", (b - 0.1 * gb).dtype, (b - 0.1 * gb).shape)
