"""jax.lax for jaxlite: primitive wrappers and control flow run eagerly in Python."""

from jaxlite import _core as C
from jaxlite import numpy as jnp
from jaxlite import tree_util as tu
from jaxlite._api import stop_gradient  # noqa: F401
from jaxlite._core import ArrayBase, Tracer

add = jnp.add
sub = jnp.subtract
mul = jnp.multiply
div = jnp.true_divide
neg = jnp.negative
max = jnp.maximum  # noqa: A001
min = jnp.minimum  # noqa: A001
abs = jnp.abs  # noqa: A001
sign = jnp.sign
exp = jnp.exp
log = jnp.log
log1p = jnp.log1p
expm1 = jnp.expm1
sqrt = jnp.sqrt
sin = jnp.sin
cos = jnp.cos
tan = jnp.tan
tanh = jnp.tanh
atan2 = jnp.arctan2
floor = jnp.floor
ceil = jnp.ceil
round = jnp.round  # noqa: A001
square = jnp.square
pow = jnp.power  # noqa: A001
eq = jnp.equal
ne = jnp.not_equal
lt = jnp.less
le = jnp.less_equal
gt = jnp.greater
ge = jnp.greater_equal
reshape = jnp.reshape
concatenate = jnp.concatenate
transpose = jnp.transpose
rem = jnp.remainder


def rsqrt(x):
    return C.rsqrt_p.bind(jnp.asarray(x))


def logistic(x):
    from jaxlite import nn
    return nn.sigmoid(x)


def erf(x):
    from jaxlite.scipy import special
    return special.erf(x)


def integer_pow(x, y):
    return jnp.power(x, int(y))


def select(pred, on_true, on_false):
    return jnp.where(pred, on_true, on_false)


def convert_element_type(operand, new_dtype):
    return jnp.astype(operand, new_dtype)


def broadcast(operand, sizes):
    x = jnp.asarray(operand)
    return jnp.broadcast_to(x, tuple(sizes) + x.shape)


def broadcast_in_dim(operand, shape, broadcast_dimensions):
    x = jnp.asarray(operand)
    s = [1] * len(shape)
    for i, d in enumerate(broadcast_dimensions):
        s[d] = x.shape[i]
    return jnp.broadcast_to(jnp.reshape(x, tuple(s)), tuple(shape))


def dot(lhs, rhs, precision=None, preferred_element_type=None):
    return jnp.dot(lhs, rhs)


def iota(dtype, size):
    return jnp.arange(size, dtype=dtype)


def slice(operand, start_indices, limit_indices, strides=None):  # noqa: A001
    import builtins
    idx = tuple(builtins.slice(s, e, st) for s, e, st in zip(
        start_indices, limit_indices, strides or [None] * len(start_indices), strict=False))
    return jnp.asarray(operand)[idx]


def dynamic_slice(operand, start_indices, slice_sizes):
    import builtins
    x = jnp.asarray(operand)
    starts = []
    for s, n, d in zip(start_indices, slice_sizes, x.shape, strict=False):
        s = int(C.concrete_array(jnp.asarray(s), "dynamic_slice")._v[0])
        s = builtins.min(builtins.max(s, 0), d - n)
        starts.append(s)
    return x[tuple(builtins.slice(s, s + n) for s, n in zip(starts, slice_sizes, strict=False))]


def dynamic_update_slice(operand, update, start_indices):
    import builtins
    x = jnp.asarray(operand)
    u = jnp.asarray(update)
    starts = []
    for s, n, d in zip(start_indices, u.shape, x.shape, strict=False):
        s = int(C.concrete_array(jnp.asarray(s), "dynamic_update_slice")._v[0])
        starts.append(builtins.min(builtins.max(s, 0), d - n))
    idx = tuple(builtins.slice(s, s + n) for s, n in zip(starts, u.shape, strict=False))
    return x.at[idx].set(u)


def dynamic_index_in_dim(operand, index, axis=0, keepdims=True):
    x = jnp.take(operand, jnp.asarray(index), axis=axis)
    return jnp.expand_dims(x, axis) if keepdims else x


def _is_concrete(x):
    try:
        C.concrete_array(x)
        return True
    except Exception:
        return False


def cond(pred, true_fun, false_fun, *operands, operand=None):
    if operand is not None:
        operands = (operand,)
    p = jnp.asarray(pred)
    if p.shape != ():
        raise TypeError(f"Pred must be a scalar, got {pred} of shape {p.shape}.")
    if _is_concrete(p):
        out = true_fun(*operands) if bool(C.concrete_array(p)._v[0]) else false_fun(*operands)
        return tu.tree_map(jnp.asarray, out)
    t = true_fun(*operands)
    f = false_fun(*operands)
    return tu.tree_map(lambda a, b: jnp.where(p, a, b), t, f)


def switch(index, branches, *operands, operand=None):
    if operand is not None:
        operands = (operand,)
    i = jnp.asarray(index)
    n = len(branches)
    if _is_concrete(i):
        k = int(C.concrete_array(i)._v[0])
        k = 0 if k < 0 else (n - 1 if k >= n else k)
        return tu.tree_map(jnp.asarray, branches[k](*operands))
    i = jnp.clip(i, 0, n - 1)
    outs = [b(*operands) for b in branches]
    res = outs[-1]
    for k in reversed(range(n - 1)):
        res = tu.tree_map(lambda a, b, k=k: jnp.where(i == k, a, b), outs[k], res)
    return res


def fori_loop(lower, upper, body_fun, init_val, *, unroll=None):
    lo = int(C.concrete_array(jnp.asarray(lower), "fori_loop")._v[0])
    hi = int(C.concrete_array(jnp.asarray(upper), "fori_loop")._v[0])
    weak = not isinstance(lower, ArrayBase) and not isinstance(upper, ArrayBase)
    val = tu.tree_map(jnp.asarray, init_val)
    for i in range(lo, hi):
        val = body_fun(C.Array([i], (), C.int32, weak), val)
    return tu.tree_map(jnp.asarray, val)


def while_loop(cond_fun, body_fun, init_val):
    val = tu.tree_map(jnp.asarray, init_val)
    while True:
        c = cond_fun(val)
        if isinstance(c, Tracer) and not _is_concrete(c):
            # a batched predicate: keep iterating while any lane is running
            cc = c
            if not bool(jnp.any(_unbatch(cc))):
                return val
            new = body_fun(val)
            val = tu.tree_map(lambda n, o, cc=cc: jnp.where(cc, n, o), new, val)
            continue
        if not bool(c):
            return val
        val = body_fun(val)


def _unbatch(x):
    while isinstance(x, Tracer):
        x = getattr(x, "val", None) if hasattr(x, "val") else x.primal
    return x


def scan(f, init, xs=None, length=None, reverse=False, unroll=1):
    if xs is None:
        n = length
        leaves = []
        tree = None
    else:
        leaves, tree = tu.tree_flatten(xs)
        leaves = [jnp.asarray(x) for x in leaves]
        n = leaves[0].shape[0] if leaves else length
    carry = tu.tree_map(jnp.asarray, init)
    ys = []
    order = range(n - 1, -1, -1) if reverse else range(n)
    init = carry
    for i in order:
        x = None if tree is None else tu.tree_unflatten(tree, [a[i] for a in leaves])
        # the body sees the carry with init's type (weak types included), as one trace would
        new, y = f(tu.tree_map(_match_type, carry, init), x)
        carry = tu.tree_map(jnp.asarray, new)
        if ys:
            y = tu.tree_map(_match_type, y, ys[0])
        ys.append(y)
    if reverse:
        ys.reverse()
    if not ys:
        return carry, None
    y_leaves = [tu.tree_leaves(y) for y in ys]
    y_tree = tu.tree_structure(ys[0])
    stacked = [jnp.stack([jnp.asarray(yl[k]) for yl in y_leaves])
               for k in range(len(y_leaves[0]))]
    return carry, tu.tree_unflatten(y_tree, stacked)


def _match_type(new, old):
    new = jnp.asarray(new)
    if new.dtype is old.dtype and new.weak_type != old.weak_type:
        return C.convert_p.bind(new, dtype=old.dtype, weak_type=old.weak_type)
    return new


def map(f, xs, *, batch_size=None):  # noqa: A001
    _, ys = scan(lambda c, x: (c, f(x)), None, xs)
    return ys


def associative_scan(fn, elems, reverse=False, axis=0):
    leaves, tree = tu.tree_flatten(elems)
    n = jnp.asarray(leaves[0]).shape[axis]
    order = range(n - 1, -1, -1) if reverse else range(n)
    acc = None
    outs = []
    for i in order:
        cur = tu.tree_unflatten(tree, [jnp.take(jnp.asarray(x), i, axis=axis) for x in leaves])
        acc = cur if acc is None else fn(acc, cur)
        outs.append(acc)
    if reverse:
        outs.reverse()
    ol = [tu.tree_leaves(o) for o in outs]
    return tu.tree_unflatten(tree, [jnp.stack([o[k] for o in ol], axis)
                                    for k in range(len(leaves))])


def reduce(operands, init_values, computation, dimensions):
    raise C._not_available("jax.lax.reduce")


def __getattr__(name):
    if name.startswith("_"):
        raise AttributeError(name)
    raise NotImplementedError(f"jax.lax.{name} is not available in the in-browser runtime "
                              "(jaxlite)")


_ = ArrayBase
