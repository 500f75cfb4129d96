"""Debug prints inside jax.grad (tracer repr, type name, shape), then grad of the unsummed per-point losses, uncaught."""
import jax
import jax.numpy as jnp

x = jnp.array([2.0, -1.0, 0.5])
b = 1.0


def loss(w):
    pred = w * x + b
    print("w inside grad:", w)
    print("is a jax.core.Tracer:", isinstance(w, jax.core.Tracer))
    print("pred shape/dtype:", pred.shape, pred.dtype)
    jax.debug.print("debug.print sees w = {w}", w=w)
    return jnp.sum(pred ** 2)


g = jax.grad(loss)(0.5)
print("gradient:", g)
print("outside, a concrete array:", isinstance(g, jax.Array), isinstance(g, jax.core.Tracer))
print("hand formula:", jnp.sum(2 * (0.5 * x + b) * x))

per_point = lambda w: (w * x + b) ** 2
print("per-point values:", per_point(0.5))
print("jacobian of per-point:", jax.jacrev(per_point)(0.5))
print("grad of mean instead:", jax.grad(lambda w: jnp.mean(per_point(w)))(0.5))
print("grad of per-point:", jax.grad(per_point)(0.5))
