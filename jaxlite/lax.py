"""jax.lax for jaxlite: primitive wrappers and control flow run eagerly in Python."""

import builtins as _builtins
import inspect as _inspect

from jaxlite import _core as _C
from jaxlite import nn as _nn
from jaxlite import numpy as _jnp
from jaxlite import tree_util as _tu
from jaxlite._api import stop_gradient as _stop_gradient
from jaxlite._core import ArrayBase as _ArrayBase
from jaxlite._core import Tracer as _Tracer
from jaxlite._missing import module_getattr as _module_getattr
from jaxlite.scipy import special as _special

reshape = _jnp.reshape
concatenate = _jnp.concatenate
transpose = _jnp._lax_transpose

# lax does no type promotion: each wrapper checks its operands' dtypes the way JAX's lax does,
# then calls the promoting jnp function (which has nothing left to promote).
_KINDS = {"f": "floating", "i": "signedinteger", "u": "unsignedinteger", "b": "bool",
          "c": "complexfloating"}
_NUM, _FLOAT, _REAL = "integer, floating, complexfloating", "floating, complexfloating", "floating"


def _lax_dtype(name, x, pos):
    if isinstance(x, _ArrayBase) or hasattr(x, "dtype"):
        return _C.to_dtype(x.dtype)
    for t, d in ((bool, _C.bool_), (int, _C.int32), (float, _C.float32),
                 (_builtins.complex, _C.complex64)):
        if isinstance(x, t):
            return d
    raise _C.not_a_jax_value(name, x, pos)


def _accepts(dt, kinds):
    words = kinds.split(", ")
    return ("integer" in words and dt.kind in "iu") or _KINDS.get(dt.kind) in words


def _unary(name, fn, kinds=None):
    def op(x):
        dt = _lax_dtype(name, x, 0)
        if kinds and not _accepts(dt, kinds):
            raise TypeError(f"{name} does not accept dtype {dt.name}. Accepted dtypes are "
                            f"subtypes of {kinds}.")
        return fn(x)
    op.__name__ = name
    return op


def _binary(name, fn, kinds=None, tip=None, same=True):
    def op(x, y):
        dts = [_lax_dtype(name, v, i) for i, v in enumerate((x, y))]
        if kinds and not _accepts(dts[0], kinds):
            raise TypeError(f"{name} does not accept dtype {dts[0].name} at position 0. Accepted "
                            f"dtypes at position 0 are subtypes of {kinds}.")
        if same and dts[0] is not dts[1]:
            hint = f" (Tip: jnp.{tip} is a similar function that does automatic type " \
                "promotion on inputs)." if tip else ""
            raise TypeError(f"lax.{name} requires arguments to have the same dtypes, got "
                            f"{dts[0].name}, {dts[1].name}.{hint}")
        return fn(x, y)
    op.__name__ = name
    return op


add = _binary("add", _jnp.add, _NUM, "add")
sub = _binary("sub", _jnp.subtract, _NUM, "subtract")
mul = _binary("mul", _jnp.multiply, _NUM, "multiply")


def _div(x, y):
    if _lax_dtype("div", x, 0).kind in "iu":  # integer division rounds toward zero, as in C
        q = _jnp.floor_divide(_jnp.abs(x), _jnp.abs(y))
        return q * _jnp.sign(x) * _jnp.sign(y)
    return _jnp.true_divide(x, y)


div = _binary("div", _div, _NUM, "divide")
max = _binary("max", _jnp.maximum, tip="maximum")  # noqa: A001
min = _binary("min", _jnp.minimum, tip="minimum")  # noqa: A001
pow = _binary("pow", _jnp.power, _FLOAT, same=False)  # noqa: A001
rem = _binary("rem", lambda x, y: _C.rem_p.bind(*_jnp._prep("rem", x, y)), "integer, floating")
atan2 = _binary("atan2", _jnp.arctan2, _FLOAT)
eq = _binary("eq", _jnp.equal, tip="equal")
ne = _binary("ne", _jnp.not_equal, tip="not_equal")
lt = _binary("lt", _jnp.less)
le = _binary("le", _jnp.less_equal)
gt = _binary("gt", _jnp.greater)
ge = _binary("ge", _jnp.greater_equal)
neg = _unary("neg", _jnp.negative, _NUM)
sign = _unary("sign", _jnp.sign, _NUM)
square = _unary("square", _jnp.square, _NUM)
abs = _unary("abs", _jnp.abs, "floating, complexfloating, signedinteger")  # noqa: A001
floor = _unary("floor", _jnp.floor, _REAL)
ceil = _unary("ceil", _jnp.ceil, _REAL)
class RoundingMethod:
    """lax.round's rounding of halves: away from zero (the default) or to the nearest even."""

    AWAY_FROM_ZERO = 0
    TO_NEAREST_EVEN = 1


def round(x, rounding_method=RoundingMethod.AWAY_FROM_ZERO):  # noqa: A001
    _unary("round", _jnp.asarray, _REAL)(x)  # lax's dtype check
    x = _jnp.asarray(x)
    if int(rounding_method) == RoundingMethod.TO_NEAREST_EVEN:
        return _C.round_p.bind(x)
    return _C.round_away_p.bind(x)
exp, log, log1p, expm1, sqrt, sin, cos, tan, tanh = (
    _unary(f.__name__, f, _FLOAT) for f in (_jnp.exp, _jnp.log, _jnp.log1p, _jnp.expm1,
                                            _jnp.sqrt, _jnp.sin, _jnp.cos, _jnp.tan, _jnp.tanh))


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


logistic = _unary("logistic", _nn.sigmoid, _FLOAT)
erf = _unary("erf", _special.erf, _REAL)


def integer_pow(x, y):
    _unary("integer_pow", _jnp.asarray, _NUM)(x)  # lax's dtype check
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
    lhs_shape, rhs_shape = tuple(_jnp.shape(lhs)), tuple(_jnp.shape(rhs))
    if not (1 <= len(lhs_shape) <= 2 and 1 <= len(rhs_shape) <= 2
            and lhs_shape[-1] == rhs_shape[0]):
        raise ValueError(
            "jax.lax.dot: dimension_numbers must be specified when not performing simple "
            "un-batched matrix-matrix, matrix-vector, or vector-vector products; got "
            f"lhs_shape={lhs_shape} rhs_shape={rhs_shape}")
    return _jnp.dot(lhs, rhs)


def iota(dtype, size):
    return _jnp.arange(size, dtype=dtype)


def slice(operand, start_indices, limit_indices, strides=None):  # noqa: A001
    idx = tuple(_builtins.slice(s, e, st) for s, e, st in zip(
        start_indices, limit_indices, strides or [None] * len(start_indices), strict=False))
    return _jnp.asarray(operand)[idx]


def _window(shape, start_indices, sizes, name):
    """The slices of a window of `sizes` at start_indices, clamped into `shape` as XLA does."""
    idx = []
    for s, n, d in zip(start_indices, sizes, shape, strict=False):
        s = int(_C.concrete_array(_jnp.asarray(s), name)._v[0])
        s = _builtins.min(_builtins.max(s, 0), d - n)
        idx.append(_builtins.slice(s, s + n))
    return tuple(idx)


def dynamic_slice(operand, start_indices, slice_sizes):
    x = _jnp.asarray(operand)
    return x[_window(x.shape, start_indices, slice_sizes, "dynamic_slice")]


def dynamic_update_slice(operand, update, start_indices):
    x, u = _jnp.asarray(operand), _jnp.asarray(update)
    return x.at[_window(x.shape, start_indices, u.shape, "dynamic_update_slice")].set(u)


def dynamic_index_in_dim(operand, index, axis=0, keepdims=True):
    operand = _jnp.asarray(operand)
    starts = [0] * operand.ndim
    starts[axis] = 0  # JAX places the index in a list of start indices: its IndexError
    x = _jnp.take(operand, _jnp.asarray(index), axis=axis, mode="clip")
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
    # JAX traces both branches (their Python side effects run) and compares their types
    t, f = true_fun(*operands), false_fun(*operands)
    _check_branches("cond", [("true_fun", true_fun, t), ("false_fun", false_fun, f)])
    if _is_concrete(p):
        return _tu.tree_map(_jnp.asarray, t if bool(_C.concrete_array(p)._v[0]) else f)
    return _tu.tree_map(lambda a, b: _jnp.where(p, a, b), t, f)


def _fun_info(fun):
    code = getattr(fun, "__code__", None)
    name = getattr(fun, "__name__", type(fun).__name__)
    return f"{name} at {code.co_filename}:{code.co_firstlineno}" if code else name


def _check_branches(api_name, branches):
    """JAX's TypeError when branches' outputs differ in shape or dtype (weak types may)."""
    name1, fun1, out1 = branches[0]
    paths, tree1 = _tu.tree_flatten_with_path(out1)
    for name2, fun2, out2 in branches[1:]:
        leaves2, tree2 = _tu.tree_flatten(out2)
        if tree2 != tree1:
            return  # a structure change: left as it is
        diffs = []
        for (path, a), b in zip(paths, leaves2, strict=True):
            a, b = _jnp.asarray(a), _jnp.asarray(b)
            if a.shape != b.shape or a.dtype is not b.dtype:
                at = f" at path {_tu.keystr(path)}" if path else ""
                what = "dtypes" if a.shape == b.shape else "shapes"
                diffs.append(f"the output of {name1}{at} has type {a.aval.str_short(False)} but "
                             f"the corresponding output of {name2} has type "
                             f"{b.aval.str_short(False)}, so the {what} do not match")
        if not diffs:
            continue
        if len(diffs) == 1:
            text = diffs[0][0].upper() + diffs[0][1:] + ".\n"
        else:
            text = "\n".join(f"  * {d};" for d in diffs[:-1]) + f"\n  * {diffs[-1]}.\n"
        raise TypeError(f"{api_name} branches must have equal output types but they differ.\n\n"
                        f"{name1} is {_fun_info(fun1)}\n{name2} is {_fun_info(fun2)}\n\n"
                        f"{text}\nRevise {name1} and/or {name2} so that all output types match.")


def switch(index, branches, *operands, operand=None):
    if operand is not None:
        operands = (operand,)
    i = _jnp.asarray(index)
    n = len(branches)
    outs = [b(*operands) for b in branches]  # all traced, as in JAX
    # JAX's names: "branch 0", then "branch1", "branch2", ...
    _check_branches("switch", [("branch 0" if k == 0 else f"branch{k}", b, o)
                               for k, (b, o) in enumerate(zip(branches, outs, strict=True))])
    if _is_concrete(i):
        k = int(_C.concrete_array(i)._v[0])
        k = 0 if k < 0 else (n - 1 if k >= n else k)
        return _tu.tree_map(_jnp.asarray, outs[k])
    i = _jnp.clip(i, 0, n - 1)
    res = outs[-1]
    for k in reversed(range(n - 1)):
        res = _tu.tree_map(lambda a, b, k=k: _jnp.where(i == k, a, b), outs[k], res)
    return res


def _promote_weak_carry(init, out):
    """JAX's promotion of a weakly typed initial carry to the type the body gives it (a Python
    number as the carry of a float loop): the promoted init, or None when nothing changes."""
    l_in, t_in = _tu.tree_flatten(init)
    l_out, t_out = _tu.tree_flatten(out)
    if t_in != t_out:
        return None
    promoted, changed = [], False
    for a, b in zip(l_in, l_out, strict=True):
        a, b = _jnp.asarray(a), _jnp.asarray(b)
        if a.weak_type and a.shape == b.shape and a.dtype is not b.dtype:
            a, changed = _jnp.asarray(a, dtype=_jnp.result_type(a, b)), True
        promoted.append(a)
    return _tu.tree_unflatten(t_in, promoted) if changed else None


def _check_carry(name, carry_name, old, new):
    """JAX's TypeError when a loop body changes its carry's shape or dtype (weak types may
    differ); carry_name names the carry as JAX's message does."""
    paths, _ = _tu.tree_flatten_with_path(old)
    new_leaves = _tu.tree_leaves(new)
    if len(new_leaves) != len(paths):
        return  # a structure change: left to the loop itself
    diffs = []
    for (path, a), b in zip(paths, new_leaves, strict=True):
        a, b = _jnp.asarray(a), _jnp.asarray(b)
        if a.shape != b.shape or a.dtype is not b.dtype:
            what = "dtypes" if a.shape == b.shape else "shapes"
            where = (f"the input carry component {carry_name}{_tu.keystr(path)}" if path
                     else f"the input carry {carry_name}")
            diffs.append(f"{where} has type {a.aval.str_short(False)} but the corresponding "
                         f"output carry component has type {b.aval.str_short(False)}, so the "
                         f"{what} do not match")
    if not diffs:
        return
    if len(diffs) == 1:
        text = diffs[0][0].upper() + diffs[0][1:] + ".\n"
    else:
        text = "".join(f"  * {d};\n" for d in diffs[:-1]) + f"  * {diffs[-1]}.\n"
    raise TypeError(f"{name} function carry input and carry output must have equal types, but "
                    f"they differ:\n\n{text}\nRevise the function so that all output types "
                    "match the corresponding input types.")


def _carry_name(fun, position=0):
    try:
        params = list(_inspect.signature(fun).parameters)
    except (TypeError, ValueError):
        return ""
    return params[position] if len(params) > position else ""


def fori_loop(lower, upper, body_fun, init_val, *, unroll=None):
    lo, hi = (int(_C.concrete_array(_jnp.asarray(b), "fori_loop")._v[0]) for b in (lower, upper))
    weak = not isinstance(lower, _ArrayBase) and not isinstance(upper, _ArrayBase)
    val = _tu.tree_map(_jnp.asarray, init_val)
    for i in range(lo, hi):
        new = body_fun(_C.Array([i], (), _C.int32, weak), val)
        if i == lo:  # JAX runs the body as a scan over (i, carry)
            promoted = _promote_weak_carry(val, new)
            if promoted is not None:  # the first trip again, from the promoted carry
                val = promoted
                new = body_fun(_C.Array([i], (), _C.int32, weak), val)
            _check_carry("scan body", "loop_carry", (0, val), (0, new))
        val = new
    return _tu.tree_map(_jnp.asarray, val)


def _while_transpose_error(ct, out, x):
    raise ValueError("Reverse-mode differentiation does not work for lax.while_loop or "
                     "lax.fori_loop with dynamic start/stop values. Try using lax.scan, or "
                     "using fori_loop with static start/stop.")


# The identity on a while_loop's outputs under reverse mode: its forward pass and jvp are
# the loop's, and transposing it raises JAX's error, when the backward pass runs, as JAX's.
_while_p = _C.Primitive("while")
_while_p.impl = lambda x: x
_while_p.jvp = lambda primals, tangents: (_while_p.bind(primals[0]), tangents[0])
_while_p.vjp = _while_transpose_error
_while_p.batch = lambda vals, dims, size: (_while_p.bind(vals[0]), dims[0])


def _mark_while(val):
    def leaf(x):
        return _while_p.bind(x) if isinstance(x, _C.VJPTracer) and x.node is not None else x
    return _tu.tree_map(leaf, val)


def while_loop(cond_fun, body_fun, init_val):
    return _mark_while(_while_loop(cond_fun, body_fun, init_val))


def _while_loop(cond_fun, body_fun, init_val):
    val = _tu.tree_map(_jnp.asarray, init_val)
    checked = False
    while True:
        c = cond_fun(val)
        if isinstance(c, _Tracer) and not _is_concrete(c):
            # a batched predicate: keep iterating while any lane is running
            if not bool(_jnp.any(_unbatch(c))):
                return val
            val = _tu.tree_map(lambda n, o, c=c: _jnp.where(c, n, o), body_fun(val), val)
        elif not bool(c):
            return val
        else:
            new = body_fun(val)
            if not checked:
                promoted = _promote_weak_carry(val, new)
                if promoted is not None:
                    val = promoted
                    new = body_fun(val)
                _check_carry("while_loop body", _carry_name(body_fun), val, new)
                checked = True
            val = new


def _unbatch(x):
    while isinstance(x, _Tracer):
        x = x.val if hasattr(x, "val") else x.primal
    return x


def scan(f, init, xs=None, length=None, reverse=False, unroll=1):
    leaves, tree = ([], None) if xs is None else _tu.tree_flatten(xs)
    leaves = [_jnp.asarray(x) for x in leaves]
    n = leaves[0].shape[0] if leaves else length
    init = carry = _tu.tree_map(_jnp.asarray, init)
    ys = []
    for i in (range(n - 1, -1, -1) if reverse else range(n)):
        x = None if tree is None else _tu.tree_unflatten(tree, [a[i] for a in leaves])
        # the body sees the carry with init's type (weak types included), as one trace would
        new, y = f(_tu.tree_map(_match_type, carry, init), x)
        if not ys:
            promoted = _promote_weak_carry(init, new)
            if promoted is not None:  # a weak init takes the body's type: the first trip again
                init = carry = promoted
                new, y = f(carry, x)
            _check_carry("scan body", _carry_name(f), init, new)
        carry = _tu.tree_map(_jnp.asarray, new)
        if ys:
            y = _tu.tree_map(_match_type, y, ys[0])
        ys.append(y)
    if reverse:
        ys.reverse()
    if not ys:
        return carry, None
    y_leaves = [_tu.tree_leaves(y) for y in ys]
    stacked = [_jnp.stack([_jnp.asarray(yl[k]) for yl in y_leaves])
               for k in range(len(y_leaves[0]))]
    return carry, _tu.tree_unflatten(_tu.tree_structure(ys[0]), stacked)


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
    acc = None
    outs = []
    for i in (range(n - 1, -1, -1) if reverse else range(n)):
        cur = _tu.tree_unflatten(
            tree, [_jnp.take(_jnp.asarray(x), i, axis=axis, mode="clip") for x in leaves])
        acc = cur if acc is None else fn(acc, cur)
        outs.append(acc)
    if reverse:
        outs.reverse()
    ol = [_tu.tree_leaves(o) for o in outs]
    return _tu.tree_unflatten(tree, [_jnp.stack([o[k] for o in ol], axis)
                                    for k in range(len(leaves))])


__getattr__ = _module_getattr("jax.lax")


def complex(x, y):  # noqa: A001
    """x + iy from two float32 arrays of one shape, as lax.complex."""
    a, b = _jnp.asarray(x), _jnp.asarray(y)
    for pos, v in enumerate((a, b)):
        if v.dtype.kind != "f":
            raise TypeError(f"complex does not accept dtype {v.dtype.name} at position {pos}. "
                            f"Accepted dtypes at position {pos} are subtypes of float32, "
                            "float64.")
    a, b = _jnp.broadcast_arrays(a, b)
    return _C.complex_p.bind(a, b)


real = _unary("real", _jnp.real, "complexfloating")
imag = _unary("imag", _jnp.imag, "complexfloating")
def conj(x):
    """The complex conjugate; a float32 input comes back as complex64, as in lax."""
    dt = _lax_dtype("conj", x, 0)
    if dt.kind not in "fc":
        raise TypeError(f"conj does not accept dtype {dt.name}. Accepted dtypes are subtypes "
                        "of float32, complexfloating, float64.")
    if dt.kind == "f":  # a real number is its own conjugate: +0 imaginary part
        x = _jnp.asarray(x)
        return _C.convert_p.bind(x, dtype=_C.complex64, weak_type=x.weak_type)
    return _jnp.conjugate(x)
