import jax
import jax.numpy as jnp


def hvp(w, x, v):
    """Hessian-vector product H(w) @ v for ``loss(w) = sum(softplus(x @ w))``."""

    def loss(w):
        return jnp.sum(jax.nn.softplus(x @ w))

    # Forward over reverse: the directional derivative of the gradient along v is H v.
    _, hessian_times_v = jax.jvp(jax.grad(loss), (w,), (v,))
    return hessian_times_v
