"""Names JAX lacks: typos and removed names raise AttributeError; float0 prints as in JAX."""

import jax
import jax.lax
import jax.nn
import jax.numpy as jnp
import jax.random
import jax.scipy.special
import jax.test_util
import jax.tree
import jax.tree_util

modules = {
    "jax": jax, "jnp": jnp, "jnp.linalg": jnp.linalg, "jax.nn": jax.nn, "jax.lax": jax.lax,
    "jax.random": jax.random, "jax.tree_util": jax.tree_util, "jax.tree": jax.tree,
    "jax.scipy": jax.scipy, "jax.scipy.special": jax.scipy.special,
    "jax.test_util": jax.test_util, "jax.errors": jax.errors,
}
typos = [
    ("jax", "gard"), ("jax", "value_and_gard"), ("jnp", "summ"), ("jnp", "arrray"),
    ("jnp.linalg", "normm"), ("jax.nn", "reluu"), ("jax.lax", "scann"),
    ("jax.random", "normall"), ("jax.tree_util", "tree_mapp"), ("jax.tree", "mapp"),
    ("jax.scipy", "specail"), ("jax.scipy.special", "logsumexpp"),
    ("jax.test_util", "check_gradss"), ("jax.errors", "Foo"),
]
# Not in JAX 0.10.2: moved (jax.lax.stop_gradient), removed, or never there.
gone = [
    ("jax", "stop_gradient"), ("jax", "tree_map"), ("jax", "device_put_replicated"),
    ("jnp", "cummax"), ("jnp", "row_stack"), ("jnp", "fix"), ("jnp", "math"),
    ("jax.nn", "stop_gradient"), ("jax.nn", "jnp"), ("jax.lax", "pvary"),
    ("jax.random", "stack_keys"), ("jax.random", "PRNGKeyArray"), ("jax.tree_util", "Any"),
    ("jax.scipy.special", "stop_gradient"), ("jax.scipy.special", "sph_harm"),
    ("jax.test_util", "check_close"),
]
for label, name in typos + gone:
    try:
        getattr(modules[label], name)
    except AttributeError as e:
        print(f"{label}.{name}: {type(e).__name__}: {e}")
print(hasattr(jnp, "summ"), hasattr(jnp, "sum"), getattr(jax.nn, "reluu", None))
print(jax.lax.stop_gradient(2.0))

# float0: the dtype of the gradient of an integer input under allow_int=True.
print(jax.float0)
print(repr(jax.float0))
print(jax.float0 is jax.dtypes.float0, jax.float0 == jnp.float32)


def loss(w, idx):
    return jnp.sum(w[idx] ** 2)


g_w, g_idx = jax.grad(loss, argnums=(0, 1), allow_int=True)(
    jnp.array([1.0, 2.0, 3.0]), jnp.array([0, 2])
)
print(g_w)
print(g_idx)
print(repr(g_idx))
print(g_idx.shape, g_idx.dtype, g_idx.dtype == jax.float0)
print(f"dtype: {g_idx.dtype}")
g_n = jax.grad(lambda x, n: x * n, argnums=1, allow_int=True)(2.0, 3)
print(g_n, repr(g_n), g_n.dtype == jax.dtypes.float0)
g_m = jax.grad(lambda x, m: x * jnp.sum(m), argnums=1, allow_int=True)(1.0, jnp.zeros((2, 3), int))
print(g_m)
print(repr(g_m))
print(repr(jax.grad(lambda x, m: x, argnums=1, allow_int=True)(1.0, jnp.zeros(0, int))))

jnp.fix(jnp.array([1.5, -1.5]))
