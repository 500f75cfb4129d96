"""jax.random with explicit keys: split, normal, uniform, shapes/dtypes, reuse mistake, fold_in."""
import jax
import jax.numpy as jnp

key = jax.random.PRNGKey(0)
print("key:", key, key.dtype, key.shape)
k1, k2 = jax.random.split(key)
a = jax.random.normal(k1, (3,))
b = jax.random.normal(k1, (3,))
print("same key same numbers:", bool(jnp.all(a == b)))
c = jax.random.normal(k2, (3,))
print("different key differs:", bool(jnp.any(a != c)))
print("normal dtype/shape:", a.dtype, a.shape)
u = jax.random.uniform(k2, (2, 2), minval=-1.0, maxval=1.0)
print("uniform in range:", bool(jnp.all((u >= -1) & (u < 1))), u.shape)
keys = jax.random.split(key, 4)
print("split 4:", keys.shape, keys.dtype)
samples = jax.vmap(lambda k: jax.random.normal(k, ()))(keys)
print("vmap over keys:", samples.shape)
print("fold_in differs:", bool(jnp.any(jax.random.fold_in(key, 1) != jax.random.fold_in(key, 2))))
n = jax.random.normal(key, (10000,))
print("mean near 0:", bool(jnp.abs(n.mean()) < 0.05), "std near 1:", bool(jnp.abs(n.std() - 1) < 0.05))
ri = jax.random.randint(k1, (5,), 0, 3)
print("randint:", ri.dtype, bool(jnp.all((ri >= 0) & (ri < 3))))
bern = jax.random.bernoulli(k1, 0.5, (4,))
print("bernoulli dtype:", bern.dtype)
try:
    jax.random.normal(0, (2,))
except Exception as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
nk = jax.random.key(0)
print("new-style key:", nk.shape, jax.random.normal(nk, (2,)).shape)
try:
    print("int shape:", jax.random.normal(key, 3).shape)
except Exception as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
