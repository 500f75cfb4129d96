"""jax.lax for jaxlite: primitive wrappers and control flow run eagerly in Python."""

from jaxlite import _core as _C
from jaxlite import numpy as _jnp
from jaxlite import tree_util as _tu
from jaxlite._api import stop_gradient as _stop_gradient
from jaxlite._core import ArrayBase as _ArrayBase
from jaxlite._core import Tracer as _Tracer
from jaxlite._missing import module_getattr as _module_getattr

add = _jnp.add
sub = _jnp.subtract
mul = _jnp.multiply
div = _jnp.true_divide
neg = _jnp.negative
max = _jnp.maximum  # noqa: A001
min = _jnp.minimum  # noqa: A001
abs = _jnp.abs  # noqa: A001
sign = _jnp.sign
exp = _jnp.exp
log = _jnp.log
log1p = _jnp.log1p
expm1 = _jnp.expm1
sqrt = _jnp.sqrt
sin = _jnp.sin
cos = _jnp.cos
tan = _jnp.tan
tanh = _jnp.tanh
atan2 = _jnp.arctan2
floor = _jnp.floor
ceil = _jnp.ceil
round = _jnp.round  # noqa: A001
square = _jnp.square
pow = _jnp.power  # noqa: A001
eq = _jnp.equal
ne = _jnp.not_equal
lt = _jnp.less
le = _jnp.less_equal
gt = _jnp.greater
ge = _jnp.greater_equal
reshape = _jnp.reshape
concatenate = _jnp.concatenate
transpose = _jnp.transpose
rem = _jnp.remainder


class TypedFloat(float):
    """What stop_gradient gives for a Python float in JAX: a float that knows its dtype."""

    __slots__ = ()
    dtype = _C.float32

    def __repr__(self):
        return f"TypedFloat({float(self)!r}, dtype=float32)"

    __str__ = float.__repr__


class TypedInt(int):
    """What stop_gradient gives for a Python int in JAX."""

    __slots__ = ()
    dtype = _C.int32

    def __repr__(self):
        return f"TypedInt({int(self)!r}, dtype=int32)"


TypedFloat.__module__ = TypedInt.__module__ = "jax._src.literals"


def stop_gradient(x):
    def leaf(v):
        if type(v) is float:
            return TypedFloat(v)
        if type(v) is int:
            _C.asarray(v)  # JAX's OverflowError outside int32
            return TypedInt(v)
        return v if type(v) is bool else _stop_gradient(v)
    return _tu.tree_map(leaf, x)


def rsqrt(x):
    return _C.rsqrt_p.bind(_jnp.asarray(x))


def logistic(x):
    from jaxlite import nn
    return nn.sigmoid(x)


def erf(x):
    from jaxlite.scipy import special
    return special.erf(x)


def integer_pow(x, y):
    return _jnp.power(x, int(y))


def select(pred, on_true, on_false):
    return _jnp.where(pred, on_true, on_false)


def convert_element_type(operand, new_dtype):
    return _jnp.astype(operand, new_dtype)


def broadcast(operand, sizes):
    x = _jnp.asarray(operand)
    return _jnp.broadcast_to(x, tuple(sizes) + x.shape)


def broadcast_in_dim(operand, shape, broadcast_dimensions):
    x = _jnp.asarray(operand)
    s = [1] * len(shape)
    for i, d in enumerate(broadcast_dimensions):
        s[d] = x.shape[i]
    return _jnp.broadcast_to(_jnp.reshape(x, tuple(s)), tuple(shape))


def dot(lhs, rhs, precision=None, preferred_element_type=None):
    return _jnp.dot(lhs, rhs)


def iota(dtype, size):
    return _jnp.arange(size, dtype=dtype)


def slice(operand, start_indices, limit_indices, strides=None):  # noqa: A001
    import builtins
    idx = tuple(builtins.slice(s, e, st) for s, e, st in zip(
        start_indices, limit_indices, strides or [None] * len(start_indices), strict=False))
    return _jnp.asarray(operand)[idx]


def dynamic_slice(operand, start_indices, slice_sizes):
    import builtins
    x = _jnp.asarray(operand)
    starts = []
    for s, n, d in zip(start_indices, slice_sizes, x.shape, strict=False):
        s = int(_C.concrete_array(_jnp.asarray(s), "dynamic_slice")._v[0])
        s = builtins.min(builtins.max(s, 0), d - n)
        starts.append(s)
    return x[tuple(builtins.slice(s, s + n) for s, n in zip(starts, slice_sizes, strict=False))]


def dynamic_update_slice(operand, update, start_indices):
    import builtins
    x = _jnp.asarray(operand)
    u = _jnp.asarray(update)
    starts = []
    for s, n, d in zip(start_indices, u.shape, x.shape, strict=False):
        s = int(_C.concrete_array(_jnp.asarray(s), "dynamic_update_slice")._v[0])
        starts.append(builtins.min(builtins.max(s, 0), d - n))
    idx = tuple(builtins.slice(s, s + n) for s, n in zip(starts, u.shape, strict=False))
    return x.at[idx].set(u)


def dynamic_index_in_dim(operand, index, axis=0, keepdims=True):
    x = _jnp.take(operand, _jnp.asarray(index), axis=axis)
    return _jnp.expand_dims(x, axis) if keepdims else x


def _is_concrete(x):
    try:
        _C.concrete_array(x)
        return True
    except Exception:
        return False


def cond(pred, true_fun, false_fun, *operands, operand=None):
    if operand is not None:
        operands = (operand,)
    p = _jnp.asarray(pred)
    if p.shape != ():
        raise TypeError(f"Pred must be a scalar, got {pred} of shape {p.shape}.")
    if _is_concrete(p):
        out = true_fun(*operands) if bool(_C.concrete_array(p)._v[0]) else false_fun(*operands)
        return _tu.tree_map(_jnp.asarray, out)
    t = true_fun(*operands)
    f = false_fun(*operands)
    return _tu.tree_map(lambda a, b: _jnp.where(p, a, b), t, f)


def switch(index, branches, *operands, operand=None):
    if operand is not None:
        operands = (operand,)
    i = _jnp.asarray(index)
    n = len(branches)
    if _is_concrete(i):
        k = int(_C.concrete_array(i)._v[0])
        k = 0 if k < 0 else (n - 1 if k >= n else k)
        return _tu.tree_map(_jnp.asarray, branches[k](*operands))
    i = _jnp.clip(i, 0, n - 1)
    outs = [b(*operands) for b in branches]
    res = outs[-1]
    for k in reversed(range(n - 1)):
        res = _tu.tree_map(lambda a, b, k=k: _jnp.where(i == k, a, b), outs[k], res)
    return res


def fori_loop(lower, upper, body_fun, init_val, *, unroll=None):
    lo = int(_C.concrete_array(_jnp.asarray(lower), "fori_loop")._v[0])
    hi = int(_C.concrete_array(_jnp.asarray(upper), "fori_loop")._v[0])
    weak = not isinstance(lower, _ArrayBase) and not isinstance(upper, _ArrayBase)
    val = _tu.tree_map(_jnp.asarray, init_val)
    for i in range(lo, hi):
        val = body_fun(_C.Array([i], (), _C.int32, weak), val)
    return _tu.tree_map(_jnp.asarray, val)


def while_loop(cond_fun, body_fun, init_val):
    val = _tu.tree_map(_jnp.asarray, init_val)
    while True:
        c = cond_fun(val)
        if isinstance(c, _Tracer) and not _is_concrete(c):
            # a batched predicate: keep iterating while any lane is running
            cc = c
            if not bool(_jnp.any(_unbatch(cc))):
                return val
            new = body_fun(val)
            val = _tu.tree_map(lambda n, o, cc=cc: _jnp.where(cc, n, o), new, val)
            continue
        if not bool(c):
            return val
        val = body_fun(val)


def _unbatch(x):
    while isinstance(x, _Tracer):
        x = getattr(x, "val", None) if hasattr(x, "val") else x.primal
    return x


def scan(f, init, xs=None, length=None, reverse=False, unroll=1):
    if xs is None:
        n = length
        leaves = []
        tree = None
    else:
        leaves, tree = _tu.tree_flatten(xs)
        leaves = [_jnp.asarray(x) for x in leaves]
        n = leaves[0].shape[0] if leaves else length
    carry = _tu.tree_map(_jnp.asarray, init)
    ys = []
    order = range(n - 1, -1, -1) if reverse else range(n)
    init = carry
    for i in order:
        x = None if tree is None else _tu.tree_unflatten(tree, [a[i] for a in leaves])
        # the body sees the carry with init's type (weak types included), as one trace would
        new, y = f(_tu.tree_map(_match_type, carry, init), x)
        carry = _tu.tree_map(_jnp.asarray, new)
        if ys:
            y = _tu.tree_map(_match_type, y, ys[0])
        ys.append(y)
    if reverse:
        ys.reverse()
    if not ys:
        return carry, None
    y_leaves = [_tu.tree_leaves(y) for y in ys]
    y_tree = _tu.tree_structure(ys[0])
    stacked = [_jnp.stack([_jnp.asarray(yl[k]) for yl in y_leaves])
               for k in range(len(y_leaves[0]))]
    return carry, _tu.tree_unflatten(y_tree, stacked)


def _match_type(new, old):
    new = _jnp.asarray(new)
    if new.dtype is old.dtype and new.weak_type != old.weak_type:
        return _C.convert_p.bind(new, dtype=old.dtype, weak_type=old.weak_type)
    return new


def map(f, xs, *, batch_size=None):  # noqa: A001
    _, ys = scan(lambda c, x: (c, f(x)), None, xs)
    return ys


def associative_scan(fn, elems, reverse=False, axis=0):
    leaves, tree = _tu.tree_flatten(elems)
    n = _jnp.asarray(leaves[0]).shape[axis]
    order = range(n - 1, -1, -1) if reverse else range(n)
    acc = None
    outs = []
    for i in order:
        cur = _tu.tree_unflatten(tree, [_jnp.take(_jnp.asarray(x), i, axis=axis) for x in leaves])
        acc = cur if acc is None else fn(acc, cur)
        outs.append(acc)
    if reverse:
        outs.reverse()
    ol = [_tu.tree_leaves(o) for o in outs]
    return _tu.tree_unflatten(tree, [_jnp.stack([o[k] for o in ol], axis)
                                    for k in range(len(leaves))])


__getattr__ = _module_getattr("jax.lax")
