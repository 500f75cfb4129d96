import jax
import jax.numpy as jnp


def clip_by_global_norm(grads, max_norm):
    """``(grads * min(1, max_norm / norm), norm)`` with ``norm`` the pytree's global L2 norm."""
    norm = jnp.sqrt(sum(jnp.sum(g**2) for g in jax.tree.leaves(grads)))
    # Dividing by max(norm, max_norm) is min(1, max_norm / norm) without 0 / 0 at norm = 0.
    scale = max_norm / jnp.maximum(norm, max_norm)
    return jax.tree.map(lambda g: g * scale, grads), norm
