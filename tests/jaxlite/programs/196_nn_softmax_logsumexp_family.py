"""jax.nn softmax, log_softmax, logsumexp with axis/keepdims, large logits stability, and their gradients."""
import jax
import jax.numpy as jnp

z = jnp.array([[1.0, 2.0, 3.0], [1000.0, 1000.0, 1001.0]])
print("softmax:", jax.nn.softmax(z))
print("log_softmax:", jax.nn.log_softmax(z))
print("naive:", jnp.exp(z) / jnp.sum(jnp.exp(z), axis=-1, keepdims=True))
print("logsumexp:", jax.nn.logsumexp(z, axis=1))
print("lse keepdims:", jax.nn.logsumexp(z, axis=1, keepdims=True).shape)
print("lse all:", repr(jax.nn.logsumexp(z)))
print("softmax axis 0:", jax.nn.softmax(z[:, :2], axis=0))
g = jax.grad(lambda z: jax.nn.logsumexp(z))(z[0])
print("grad lse = softmax:", g, bool(jnp.allclose(g, jax.nn.softmax(z[0]))))
J = jax.jacobian(jax.nn.softmax)(z[0])
print("softmax jac row sums:", jnp.round(J.sum(axis=1), 6))
print("jac symmetric:", bool(jnp.allclose(J, J.T)))
print("lse of -inf:", jax.nn.logsumexp(jnp.array([-jnp.inf, -jnp.inf])))
print("lse with b:", jax.nn.logsumexp(jnp.array([0.0, 0.0]), b=jnp.array([1.0, 3.0])))
print("softmax int:", jax.nn.softmax(jnp.array([1, 2, 3]).astype(jnp.float32)))
try:
    print("softmax of ints:", jax.nn.softmax(jnp.array([1, 2])))
except Exception as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])
