"""jax.flatten_util for jaxlite: ravel_pytree, a pytree of arrays as one flat vector and back."""

from jaxlite import numpy as _jnp
from jaxlite import tree_util as _tu
from jaxlite._core import prod as _prod
from jaxlite._missing import module_getattr as _module_getattr


def ravel_pytree(pytree):
    leaves, tree = _tu.tree_flatten(pytree)
    arrays = [_jnp.asarray(x) for x in leaves]
    dtype = _jnp.result_type(*arrays) if arrays else _jnp.float32
    shapes = [a.shape for a in arrays]
    dtypes = [a.dtype for a in arrays]
    total = sum(a.size for a in arrays)
    flat = _jnp.concatenate([_jnp.ravel(a).astype(dtype) for a in arrays]) if arrays \
        else _jnp.zeros((0,), dtype)

    def unravel_pytree(flat_vector):
        flat_vector = _jnp.asarray(flat_vector)
        if flat_vector.shape != (total,):
            raise ValueError(f"Sum of sizes {total} must be equal to dimension 0 of the operand "
                             f"shape [{', '.join(map(str, flat_vector.shape))}]")
        parts, offset = [], 0
        for shape, dt in zip(shapes, dtypes, strict=True):
            size = _prod(shape)
            parts.append(_jnp.reshape(flat_vector[offset:offset + size], shape).astype(dt))
            offset += size
        return _tu.tree_unflatten(tree, parts)

    return flat, unravel_pytree


__getattr__ = _module_getattr("jax.flatten_util")
