import jax
import jax.numpy as jnp


def hvp(w, x, v):
    """Hessian-vector product H(w) @ v for ``loss(w) = sum(softplus(x @ w))``.

    Args:
        w: float32 array of shape ``(d,)``, the weights the Hessian is taken with respect to.
        x: float32 array of shape ``(N, d)``, one row per example (held fixed).
        v: float32 array of shape ``(d,)``, the vector to multiply by.

    Returns:
        A float32 array of shape ``(d,)``. Compute it as the jvp of ``jax.grad(loss)``
        along ``v``, without building the ``(d, d)`` Hessian.
    """
    raise NotImplementedError("push v forward through jax.grad(loss) with jax.jvp")
