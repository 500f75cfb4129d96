"""Global-norm clipping mistakes: Python if on the traced norm under jit, concatenating unflattened leaves, then a jnp.where fix and its jaxpr."""
import jax
import jax.numpy as jnp

grads = {"w": jnp.array([[1.0, 2.0], [2.0, 4.0]]), "b": jnp.array([2.0, 0.0])}


@jax.jit
def clip_if(grads, max_norm):
    norm = jnp.sqrt(sum(jnp.sum(g ** 2) for g in jax.tree.leaves(grads)))
    if norm > max_norm:
        return jax.tree.map(lambda g: g * max_norm / norm, grads), norm
    return grads, norm


try:
    clip_if(grads, 1.0)
except Exception as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])

try:
    flat = jnp.concatenate(jax.tree.leaves(grads))
    print("concatenated:", flat)
except Exception as e:
    print(type(e).__name__, "|", str(e).splitlines()[0])

wrong = sum(jax.tree.leaves(grads))
print("python sum of leaves broadcasts:", wrong.shape)
print(wrong)


def clip_where(grads, max_norm):
    norm = jnp.sqrt(sum(jnp.sum(g ** 2) for g in jax.tree.leaves(grads)))
    factor = jnp.where(norm > max_norm, max_norm / norm, 1.0)
    return jax.tree.map(lambda g: g * factor, grads), norm


clipped, norm = jax.jit(clip_where)(grads, 1.0)
print("norm:", norm)
print("clipped:", clipped)
global_norm = lambda t: jnp.sqrt(sum(jnp.sum(g ** 2) for g in jax.tree.leaves(t)))
print(jax.make_jaxpr(global_norm)({"b": jnp.zeros(2), "w": jnp.zeros((2, 2))}))

zero = jax.tree.map(jnp.zeros_like, grads)
z, zn = clip_where(zero, 1.0)
print("zero grads:", z["b"], zn)
