"""categorical sampling frequencies from logits, permutation of data for minibatches, choice without replacement."""
import jax
import jax.numpy as jnp

key = jax.random.PRNGKey(42)
logits = jnp.log(jnp.array([0.1, 0.2, 0.7]))
s = jax.random.categorical(key, logits, shape=(20000,))
print("dtype:", s.dtype, s.shape)
freq = jnp.bincount(s, length=3) / s.shape[0]
print("freq close:", bool(jnp.allclose(freq, jnp.array([0.1, 0.2, 0.7]), atol=0.02)))
batch_logits = jnp.array([[0.0, -1e9], [-1e9, 0.0]])
print("deterministic rows:", jax.random.categorical(key, batch_logits))
perm = jax.random.permutation(key, 6)
print("perm sorted:", jnp.sort(perm), perm.dtype)
X = jnp.arange(12.0).reshape(6, 2)
Xp = jax.random.permutation(key, X)
print("rows permuted, sum kept:", bool(jnp.sum(Xp) == jnp.sum(X)), Xp.shape)
print("same perm as index:", bool(jnp.all(Xp == X[perm])))
batches = X[perm].reshape(3, 2, 2)
print("minibatches:", batches.shape)
ch = jax.random.choice(key, 10, (4,), replace=False)
print("choice unique:", jnp.unique(ch).shape[0] == 4)
try:
    jax.random.choice(key, 3, (5,), replace=False)
except Exception as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
g = jax.grad(lambda l: jnp.sum(jax.nn.softmax(l) * jnp.array([1.0, 2.0, 3.0])))(logits)
print("grad of expected value:", g)
print("categorical axis:", jax.random.categorical(key, jnp.zeros((2, 5)), axis=1).shape)
