"""The user-facing transformations: grad, jvp, vjp, jacobians, vmap, jit and custom rules."""

import functools
import inspect
import io
import itertools
import math
import operator
import string
import sys
from weakref import WeakKeyDictionary

from jaxlite import _core as C
from jaxlite import tree_util as tu
from jaxlite._core import Array, ArrayBase, Tracer, float32
from jaxlite._format import format_float0


def _check_callable(fun):
    if not callable(fun):
        raise TypeError(f"Expected a callable value, got {fun}")


def _as_leaf(x):
    if isinstance(x, ArrayBase):
        return x
    return C.asarray(x)


def _arg_leaf(x):
    if isinstance(x, ArrayBase):
        return x
    if not isinstance(x, (bool, int, float, complex)) and not hasattr(x, "dtype"):
        raise TypeError(f"Argument '{x}' of type {type(x)} is not a valid JAX type.")
    return C.asarray(x)


def _argnums_tuple(argnums):
    # as JAX: anything with __index__ (a 0-d integer array too) is one argnum
    try:
        return (operator.index(argnums),), True
    except TypeError:
        return tuple(operator.index(i) for i in argnums), False


def _check_argnums(argnums, args, given):
    need = max(argnums) + 1 if argnums else 0
    if need > len(args):
        raise TypeError(
            f"differentiating with respect to argnums={given} requires at least {need} "
            f"positional arguments to be passed by the caller, but got only {len(args)} "
            "positional arguments.")


def _dtype_name(x):
    return x.dtype.name


# ---------------------------------------------------------------------------
# float0: the gradient type for integer inputs


class _Float0DType:
    """jax.float0: numpy's dtype of empty void records, printed as numpy prints it."""

    name = "void"
    kind = "V"
    itemsize = 0

    def __repr__(self):
        return "dtype([('float0', 'V')])"

    def __str__(self):
        return "[('float0', 'V')]"


float0 = _Float0DType()


class Float0Array:
    """What JAX returns as the gradient of an integer input (dtype float0)."""

    __slots__ = ("shape",)

    def __init__(self, shape):
        self.shape = tuple(shape)

    dtype = float0
    weak_type = False

    @property
    def ndim(self):
        return len(self.shape)

    @property
    def size(self):
        return C.prod(self.shape)

    def __repr__(self):
        return format_float0(self.shape, as_repr=True)

    def __str__(self):
        return format_float0(self.shape)

    def tolist(self):
        # numpy's empty void records, one per element
        nested = (b"",)
        for n in reversed(self.shape):
            nested = [nested] * n
        return nested


# JAX's float0 values are numpy arrays of its literal class
Float0Array.__name__ = Float0Array.__qualname__ = "TypedNdArray"
Float0Array.__module__ = "jax._src.literals"


# ---------------------------------------------------------------------------
# reverse mode


def _vjp_setup(fun, args, argnums, kwargs, has_aux, name):
    """Run fun on VJP tracers for the args in argnums; returns pieces for the backward pass."""
    trace = C.VJPTrace()
    try:
        args = list(args)
        in_info = []
        for i in argnums:
            leaves, tdef = tu.tree_flatten(args[i])
            leaves = [_as_leaf(x) for x in leaves]
            tracers = [trace.new_input(x) for x in leaves]
            in_info.append((leaves, tdef, tracers))
            args[i] = tu.tree_unflatten(tdef, tracers)
        out = fun(*args, **kwargs)
    finally:
        trace.finish()
    aux = None
    if has_aux:
        if not (isinstance(out, (tuple, list)) and len(out) == 2):
            raise TypeError(
                "expected function with aux output to return a two-element tuple, but got "
                f"type {type(out)} with value {out!r}")
        out, aux = out
        aux = tu.tree_map(lambda x: _lower(x, trace), aux)
    return trace, in_info, out, aux


def _lower(x, trace):
    if isinstance(x, Tracer) and x._trace is trace:
        return x.primal
    return x


def _node_of(x, trace):
    if isinstance(x, Tracer) and x._trace is trace:
        return x.node
    return None


def _grad_input_check(in_info, allow_int, holomorphic):
    for leaves, _, _ in in_info:
        for x in leaves:
            k = x.dtype.kind
            if holomorphic:
                if k == "c":
                    continue
                raise TypeError("grad with holomorphic=True requires inputs with complex "
                                f"dtype, but got {x.dtype.name}.")
            if k not in "fc" and not allow_int:
                raise TypeError(
                    "grad requires real- or complex-valued inputs (input dtype that is a "
                    f"sub-dtype of np.inexact), but got {x.dtype.name}. If you want to use "
                    "Boolean- or integer-valued inputs, use vjp or set allow_int to True.")


def _typed_repr(x):
    if isinstance(x, ArrayBase):
        c = x
        while isinstance(c, Tracer) and hasattr(c, "primal"):
            c = c.primal
        # a weakly typed scalar is a Python number's literal in JAX; anything else an Array
        if isinstance(c, Array) and not c.shape and c.weak_type:
            kind = {"f": "TypedFloat", "i": "TypedInt", "u": "TypedInt", "b": "TypedBool"}
            v = c._v[0]
            v = float(v) if c.dtype.kind == "f" else v
            return f"{kind[c.dtype.kind]}({v!r}, dtype={c.dtype.name})"
        return repr(c)
    if isinstance(x, tuple):
        inner = ", ".join(_typed_repr(e) for e in x)
        return f"({inner},)" if len(x) == 1 else f"({inner})"
    if isinstance(x, list):
        return "[" + ", ".join(_typed_repr(e) for e in x) + "]"
    if isinstance(x, dict):
        return "{" + ", ".join(f"{k!r}: {_typed_repr(v)}" for k, v in x.items()) + "}"
    return repr(x)


def _grad_output_check(out, holomorphic=False):
    if isinstance(out, (list, tuple, dict)) or out is None:
        raise TypeError(
            f"Gradient only defined for scalar-output functions. Output was {_typed_repr(out)}.")
    if not isinstance(out, ArrayBase):
        try:
            out = C.asarray(out)
        except TypeError:
            raise TypeError(
                f"Argument '{out}' of type {type(out)} is not a valid JAX type") from None
    if out.shape != ():
        raise TypeError("Gradient only defined for scalar-output functions. Output had "
                        f"shape: {out.shape}.")
    if holomorphic:
        if out.dtype.kind != "c":
            raise TypeError("grad with holomorphic=True requires outputs with complex dtype, "
                            f"but got {out.dtype.name}.")
        return out
    if out.dtype.kind == "c":
        raise TypeError(
            "grad requires real-valued outputs (output dtype that is a sub-dtype of "
            "np.floating), but got complex64. For holomorphic differentiation, pass "
            "holomorphic=True. For differentiation of non-holomorphic functions involving "
            "complex outputs, use jax.vjp directly.")
    if not C.inexact(out.dtype):
        raise TypeError(
            "grad requires real-valued outputs (output dtype that is a sub-dtype of "
            f"np.floating), but got {out.dtype.name}. For differentiation of functions with "
            "integer outputs, use jax.vjp directly.")
    return out


def _cast_ct(ct, x):
    if not C.inexact(x.dtype):
        return Float0Array(x.shape)
    if ct is None:
        return C.const(0, x.dtype, x.shape, x.weak_type)
    if ct.dtype is not x.dtype:
        ct = C.convert_p.bind(ct, dtype=x.dtype, weak_type=ct.weak_type)
    return ct


def _collect_grads(cts, in_info):
    grads = []
    for leaves, tdef, tracers in in_info:
        gl = [_cast_ct(cts.get(id(t.node)), x) for x, t in zip(leaves, tracers, strict=False)]
        grads.append(tu.tree_unflatten(tdef, gl))
    return grads


def value_and_grad(fun, argnums=0, has_aux=False, holomorphic=False, allow_int=False,
                   reduce_axes=()):
    _check_callable(fun)
    if reduce_axes:
        raise NotImplementedError("reduce_axes argument to grad is deprecated")
    nums, single = _argnums_tuple(argnums)

    @functools.wraps(fun)
    def value_and_grad_f(*args, **kwargs):
        _check_argnums(nums, args, argnums)
        trace = C.VJPTrace()
        try:
            args = list(args)
            in_info = []
            for i in nums:
                leaves, tdef = tu.tree_flatten(args[i])
                leaves = [_arg_leaf(x) for x in leaves]
                tracers = [trace.new_input(x) for x in leaves]
                in_info.append((leaves, tdef, tracers))
                args[i] = tu.tree_unflatten(tdef, tracers)
            _grad_input_check(in_info, allow_int, holomorphic)
            out = fun(*args, **kwargs)
        finally:
            trace.finish()
        aux = None
        if has_aux:
            if not (isinstance(out, (tuple, list)) and len(out) == 2):
                raise TypeError(
                    "expected function with aux output to return a two-element tuple, but "
                    f"got type {type(out)} with value {out!r}")
            out, aux = out
            aux = tu.tree_map(lambda x: _lower(x, trace), aux)
        out = _grad_output_check(out, holomorphic)
        node = _node_of(out, trace)
        value = _lower(out, trace)
        seed = C.const(1.0, value.dtype, (), value.weak_type)
        cts = trace.backward([(node, seed)])
        grads = _collect_grads(cts, in_info)
        g = grads[0] if single else tuple(grads)
        if has_aux:
            return (value, aux), g
        return value, g
    return value_and_grad_f


def grad(fun, argnums=0, has_aux=False, holomorphic=False, allow_int=False, reduce_axes=()):
    vg = value_and_grad(fun, argnums, has_aux, holomorphic, allow_int, reduce_axes)

    @functools.wraps(fun)
    def grad_f(*args, **kwargs):
        r = vg(*args, **kwargs)
        if has_aux:
            (_, aux), g = r
            return g, aux
        return r[1]
    return grad_f


def vjp(fun, *primals, has_aux=False, reduce_axes=()):
    _check_callable(fun)
    nums = tuple(range(len(primals)))
    trace = C.VJPTrace()
    try:
        args = list(primals)
        in_info = []
        for i in nums:
            leaves, tdef = tu.tree_flatten(args[i])
            leaves = [_as_leaf(x) for x in leaves]
            tracers = [trace.new_input(x) for x in leaves]
            in_info.append((leaves, tdef, tracers))
            args[i] = tu.tree_unflatten(tdef, tracers)
        out = fun(*args)
    finally:
        trace.finish()
    aux = None
    if has_aux:
        if not (isinstance(out, (tuple, list)) and len(out) == 2):
            raise TypeError(
                "expected function with aux output to return a two-element tuple, but got "
                f"type {type(out)} with value {out!r}")
        out, aux = out
        aux = tu.tree_map(lambda x: _lower(x, trace), aux)
    out_leaves, out_tree = tu.tree_flatten(out)
    out_leaves = [_as_leaf(x) for x in out_leaves]
    nodes = [_node_of(x, trace) for x in out_leaves]
    values = [_lower(x, trace) for x in out_leaves]

    def vjp_fn(ct):
        ct_leaves, ct_tree = tu.tree_flatten(ct)
        if ct_tree != out_tree:
            code = getattr(fun, "__code__", None)
            where = (f"{getattr(fun, '__name__', fun)} at {code.co_filename}:"
                     f"{code.co_firstlineno}" if code is not None else str(fun))
            raise ValueError(
                "unexpected tree structure.\n\nThe argument to a VJP function returned by "
                "`jax.vjp` must match the pytree\nstructure of the differentiated function "
                f"{where}.\n\nBut the tree structures differ: the cotangent is {ct_tree}, the "
                f"output was {out_tree}.")
        seeds = []
        for n, v, c in zip(nodes, values, ct_leaves, strict=False):
            c = _as_leaf(c)
            if c.shape != v.shape or (c.dtype is not v.dtype and C.inexact(v.dtype)):
                raise ValueError(
                    "unexpected JAX type (e.g. shape/dtype) for argument to VJP function: "
                    f"got {c.aval.str_short(False)}, but expected {v.aval.str_short(False)} "
                    "because the corresponding output of the differentiated function had JAX "
                    f"type {v.aval.str_short(False)}")
            seeds.append((n, c))
        cts = trace.backward(seeds)
        return tuple(_collect_grads(cts, in_info))

    primal_out = tu.tree_unflatten(out_tree, values)
    vjp_fn = VJP(vjp_fn, fun)
    if has_aux:
        return primal_out, vjp_fn, aux
    return primal_out, vjp_fn


class VJP:
    """The pullback jax.vjp returns: call it with a cotangent shaped like the output."""

    def __init__(self, call, fun):
        self._call = call
        self.fun = fun

    def __call__(self, *cts):
        if len(cts) != 1:
            name = getattr(self.fun, "__name__", repr(self.fun))
            raise TypeError(
                f"\nThe function returned by `jax.vjp` applied to {name} was called with "
                f"{len(cts)} arguments,\nbut functions returned by `jax.vjp` must be called "
                "with a single argument\ncorresponding to the single value returned by the "
                "function being differentiated\n(even if that returned value is a tuple or "
                "other container).\n")
        return self._call(cts[0])

    def __repr__(self):
        return f"VJP(fun={self.fun!r})"


# ---------------------------------------------------------------------------
# forward mode


def _jvp_core(fun, primals, tangents, kwargs=None):
    trace = C.JVPTrace()
    try:
        args = []
        for p, t in zip(primals, tangents, strict=False):
            pl, ptree = tu.tree_flatten(p)
            tl, ttree = tu.tree_flatten(t)
            if ptree != ttree:
                raise TypeError(
                    "primal and tangent arguments to jax.jvp must have the same tree "
                    f"structure; primals have tree structure {ptree} whereas tangents have "
                    f"tree structure {ttree}.")
            ts = []
            for a, b in zip(pl, tl, strict=False):
                a = _as_leaf(a)
                if isinstance(b, Array):
                    b = Array(b._v, b.shape, b.dtype, b.weak_type)
                elif not isinstance(b, Float0Array):
                    b = _as_leaf(b)
                if a.shape != b.shape:
                    raise ValueError(
                        "jvp called with different primal and tangent shapes;Got primal "
                        f"shape {a.shape} and tangent shape as {b.shape}")
                if b.dtype is not (a.dtype if C.inexact(a.dtype) else float0):
                    want = a.dtype.name if C.inexact(a.dtype) else str(float0)
                    raise TypeError(
                        "primal and tangent arguments to jax.jvp do not match; dtypes must be "
                        "equal, or in case of int/bool primal dtype the tangent dtype must be "
                        f"float0.Got primal dtype {a.dtype.name} and so expected tangent "
                        f"dtype {want}, but got tangent dtype {b.dtype.name} instead.")
                if b.dtype is float0 or not C.inexact(b.dtype):
                    b = C.const(0, float32, a.shape)
                ts.append(C.JVPTracer(trace, a, b))
            args.append(tu.tree_unflatten(ptree, ts))
        out = fun(*args, **(kwargs or {}))
    finally:
        trace.finish()
    return trace, out


def _split_jvp_out(out, trace, float0_ints=False):
    """Primal and tangent outputs; float0_ints: an integer or boolean output's tangent is a
    float0 array, as jax.jvp gives (jacfwd keeps float32 zeros to stack)."""
    leaves, tree = tu.tree_flatten(out)
    ps, ts = [], []
    for x in leaves:
        if isinstance(x, Tracer) and x._trace is trace:
            p, t = x.primal, x.tangent
        else:
            p, t = _as_leaf(x), None
        ps.append(p)
        if not C.inexact(p.dtype) and float0_ints:
            t = Float0Array(p.shape)
        elif t is None:
            t = C.const(0, p.dtype if C.inexact(p.dtype) else float32, p.shape, p.weak_type)
        ts.append(t)
    return tu.tree_unflatten(tree, ps), tu.tree_unflatten(tree, ts)


def jvp(fun, primals, tangents, has_aux=False):
    _check_callable(fun)
    if not isinstance(primals, (tuple, list)) or not isinstance(tangents, (tuple, list)):
        raise TypeError(
            "primal and tangent arguments to jax.jvp must be tuples or lists; found "
            f"{type(primals).__name__} and {type(tangents).__name__}.")
    ptree, ttree = tu.tree_structure(tuple(primals)), tu.tree_structure(tuple(tangents))
    if ptree != ttree:
        raise TypeError(
            "primal and tangent arguments to jax.jvp must have the same tree structure; "
            f"primals have tree structure {ptree} whereas tangents have tree structure "
            f"{ttree}.")
    trace, out = _jvp_core(fun, primals, tangents)
    if has_aux:
        out, aux = out
        aux = tu.tree_map(lambda x: x.primal if isinstance(x, Tracer) and x._trace is trace
                          else x, aux)
        p, t = _split_jvp_out(out, trace, True)
        return p, t, aux
    return _split_jvp_out(out, trace, True)


def linearize(fun, *primals):
    out = fun(*primals)

    def f_jvp(*tangents):
        return jvp(fun, primals, tangents)[1]
    return out, f_jvp


# ---------------------------------------------------------------------------
# Jacobians


def _stack_leading(rows, shape, dtype):
    from jaxlite import numpy as jnp
    if not rows:
        return C.const(0, dtype, (0,) + tuple(shape))
    return jnp.stack(rows)


def _basis(x):
    """One-hot tangents/cotangents shaped like x, one per element."""
    n = x.size
    dt = x.dtype if C.inexact(x.dtype) else float32
    for i in range(n):
        v = [0.0] * n
        v[i] = 1.0
        yield Array(C.round_to(v, dt), x.shape, dt, x.weak_type)


def jacfwd(fun, argnums=0, has_aux=False, holomorphic=False):
    _check_callable(fun)
    nums, single = _argnums_tuple(argnums)

    @functools.wraps(fun)
    def jacfun(*args, **kwargs):
        from jaxlite import numpy as jnp
        _check_argnums(nums, args, argnums)
        args = list(args)
        in_leaves = []
        in_trees = []
        for i in nums:
            leaves, tdef = tu.tree_flatten(args[i])
            leaves = [_as_leaf(x) for x in leaves]
            for x in leaves:
                if holomorphic and x.dtype.kind != "c":
                    raise TypeError("jacfwd with holomorphic=True requires inputs with complex "
                                    f"dtype, but got {x.dtype.name}.")
                if not holomorphic and x.dtype.kind != "f":
                    raise TypeError(
                        "jacfwd requires real-valued inputs (input dtype that is a sub-dtype "
                        f"of np.floating), but got {x.dtype.name}. For holomorphic "
                        "differentiation, pass holomorphic=True. For differentiation of "
                        "non-holomorphic functions involving complex inputs or integer "
                        "inputs, use jax.jvp directly.")
            in_leaves.append(leaves)
            in_trees.append(tdef)
        flat_in = [x for ls in in_leaves for x in ls]

        def f_flat(*xs):
            a = list(args)
            k = 0
            for i, tdef, ls in zip(nums, in_trees, in_leaves, strict=False):
                a[i] = tu.tree_unflatten(tdef, list(xs[k:k + len(ls)]))
                k += len(ls)
            return fun(*a, **kwargs)

        # one JVP with a batch of basis tangents, as vmap(jvp) in JAX
        total = sum(x.size for x in flat_in)
        btrace = C.BatchTrace(total)
        aux = None
        try:
            tans = []
            off = 0
            for x in flat_in:
                n = x.size
                vals = [0.0] * (total * n)
                for i in range(n):
                    vals[(off + i) * n + i] = 1.0
                tans.append(C.BatchTracer(btrace, Array(
                    C.round_to(vals, x.dtype), (total,) + x.shape, x.dtype, x.weak_type), 0))
                off += n
            trace, out = _jvp_core(f_flat, flat_in, tans)
            if has_aux:
                out, aux = out
                aux = tu.tree_map(lambda v: v.primal if isinstance(v, Tracer) and
                                  v._trace is trace else v, aux)
            p, t = _split_jvp_out(out, trace)
        finally:
            btrace.finish()
        out_leaves, out_tree = tu.tree_flatten(p)
        t_leaves = tu.tree_leaves(t)
        per_out = []
        for o, tl in zip(out_leaves, t_leaves, strict=False):
            o = _as_leaf(o)
            if holomorphic and o.dtype.kind != "c":
                raise TypeError("jacfwd with holomorphic=True requires outputs with complex "
                                f"dtype, but got {o.dtype.name}.")
            if isinstance(tl, C.BatchTracer) and tl._trace is btrace:
                full = tl.val
            else:
                full = C.broadcast_leading(_as_leaf(tl), total)
            per_arg = []
            off = 0
            for ls, tdef in zip(in_leaves, in_trees, strict=False):
                jl = []
                for x in ls:
                    n = x.size
                    rows = C.slice_axis(full, 0, off, off + n) if (off, n) != (0, total) \
                        else full
                    off += n
                    m = jnp.moveaxis(rows, 0, -1) if o.ndim else rows
                    jl.append(jnp.reshape(m, o.shape + x.shape))
                per_arg.append(tu.tree_unflatten(tdef, jl))
            per_out.append(per_arg[0] if single else tuple(per_arg))
        jac = tu.tree_unflatten(out_tree, per_out)
        return (jac, aux) if has_aux else jac
    return jacfun


def jacrev(fun, argnums=0, has_aux=False, holomorphic=False, allow_int=False):
    _check_callable(fun)
    nums, single = _argnums_tuple(argnums)

    @functools.wraps(fun)
    def jacfun(*args, **kwargs):
        from jaxlite import numpy as jnp
        _check_argnums(nums, args, argnums)
        trace = C.VJPTrace()
        try:
            a = list(args)
            in_info = []
            for i in nums:
                leaves, tdef = tu.tree_flatten(a[i])
                leaves = [_as_leaf(x) for x in leaves]
                tracers = [trace.new_input(x) for x in leaves]
                in_info.append((leaves, tdef, tracers))
                a[i] = tu.tree_unflatten(tdef, tracers)
            for leaves, _, _ in in_info:
                for x in leaves:
                    if holomorphic and x.dtype.kind != "c":
                        raise TypeError("jacrev with holomorphic=True requires inputs with "
                                        f"complex dtype, but got {x.dtype.name}.")
                    if not C.inexact(x.dtype) and not allow_int:
                        raise TypeError(
                            "jacrev requires real- or complex-valued inputs (input dtype that "
                            f"is a sub-dtype of np.inexact), but got {x.dtype.name}. If you "
                            "want to use Boolean- or integer-valued inputs, use vjp or set "
                            "allow_int to True.")
            out = fun(*a, **kwargs)
        finally:
            trace.finish()
        aux = None
        if has_aux:
            if not (isinstance(out, (tuple, list)) and len(out) == 2):
                raise TypeError(
                    "expected function with aux output to return a two-element tuple, but "
                    f"got type {type(out)} with value {out!r}")
            out, aux = out
            aux = tu.tree_map(lambda x: _lower(x, trace), aux)
        out_leaves, out_tree = tu.tree_flatten(out)
        out_leaves = [_as_leaf(o) for o in out_leaves]
        per_out = []
        for o in out_leaves:
            node = _node_of(o, trace)
            val = _lower(o, trace)
            if holomorphic and val.dtype.kind != "c":
                raise TypeError("jacrev with holomorphic=True requires outputs with complex "
                                f"dtype, but got {val.dtype.name}.")
            if not holomorphic and val.dtype.kind == "c":
                raise TypeError(
                    "jacrev requires real-valued outputs (output dtype that is a sub-dtype of "
                    "np.floating), but got complex64. For holomorphic differentiation, pass "
                    "holomorphic=True. For differentiation of non-holomorphic functions "
                    "involving complex outputs, use jax.vjp directly.")
            if not holomorphic and not C.inexact(val.dtype):
                raise TypeError(
                    "jacrev requires real-valued outputs (output dtype that is a sub-dtype of "
                    f"np.floating), but got {val.dtype.name}. For differentiation of functions "
                    "with integer outputs, use jax.vjp directly.")
            rows = []   # per output element: per input leaf gradient
            for e in _basis(val):
                cts = trace.backward([(node, e)])
                rows.append([_cast_ct(cts.get(id(t.node)), x)
                             for leaves, _, tracers in in_info
                             for x, t in zip(leaves, tracers, strict=False)])
            per_arg = []
            k = 0
            for leaves, tdef, _ in in_info:
                jl = []
                for x in leaves:
                    if rows:
                        m = jnp.stack([r[k] for r in rows])
                    else:
                        m = C.const(0, x.dtype, (0,) + x.shape)
                    jl.append(jnp.reshape(m, val.shape + x.shape))
                    k += 1
                per_arg.append(tu.tree_unflatten(tdef, jl))
            per_out.append(per_arg[0] if single else tuple(per_arg))
        jac = tu.tree_unflatten(out_tree, per_out)
        return (jac, aux) if has_aux else jac
    return jacfun


jacobian = jacrev


def hessian(fun, argnums=0, has_aux=False, holomorphic=False):
    return jacfwd(jacrev(fun, argnums, has_aux=has_aux, holomorphic=holomorphic), argnums,
                  has_aux=has_aux, holomorphic=holomorphic)


# ---------------------------------------------------------------------------
# vmap


def _prefix_leaves(spec, tree, what):
    """Broadcast a prefix pytree of axes to one entry per leaf of tree."""
    if spec is None or isinstance(spec, int):
        return [spec] * len(tu.tree_leaves(tree))
    try:
        return tu._broadcast_prefix(spec, tree, is_leaf=lambda x: x is None)
    except Exception:
        pass
    try:
        full = tu._broadcast_prefix(spec, tree)
        return full
    except Exception:
        raise ValueError(
            f"{what} specification must be a tree prefix of the corresponding value; \n"
            f"  got specification {spec} for value tree {tu.tree_structure(tree)}.") from None


def _arg_names(fun, n):
    try:
        params = list(inspect.signature(fun).parameters.values())
    except (TypeError, ValueError):
        params = []
    names = []
    for i in range(n):
        if i < len(params) and params[i].kind in (params[i].POSITIONAL_ONLY,
                                                   params[i].POSITIONAL_OR_KEYWORD):
            names.append(params[i].name)
        elif params and params[-1].kind == params[-1].VAR_POSITIONAL:
            names.append(f"{params[-1].name}[{i - len(params) + 1}]")
        else:
            names.append(f"args[{i}]")
    return names


_RETRY = object()


def _vmap_loop(fun, args, kwargs, flat, arg_trees, size, out_axes):
    """vmap by calling fun once per batch element and stacking the results."""
    from jaxlite import numpy as jnp
    results = []
    for b in range(size):
        new_args = []
        k = 0
        for i, a in enumerate(args):
            n = len(tu.tree_leaves(a))
            leaves = []
            for _, leaf, ax in flat[k:k + n]:
                if ax is None:
                    leaves.append(leaf)
                elif isinstance(leaf, (ArrayBase, bool, int, float)):
                    leaves.append(jnp.take(_as_leaf(leaf), b, axis=ax, mode="clip"))
                else:
                    leaves.append(leaf[b])
            k += n
            new_args.append(tu.tree_unflatten(arg_trees[i], leaves))
        kw = tu.tree_map(lambda x, b=b: _as_leaf(x)[b] if _as_leaf(x).ndim else x, kwargs)
        results.append(fun(*new_args, **kw))
    out_leaves0, out_tree = tu.tree_flatten(results[0])
    oaxes = _prefix_leaves(out_axes, results[0], "vmap out_axes")
    per = [tu.tree_leaves(r) for r in results]
    res = []
    for j, oa in enumerate(oaxes):
        vals = [p[j] for p in per]
        if oa is None:
            res.append(vals[0])
            continue
        if not all(isinstance(v, (ArrayBase, bool, int, float)) for v in vals):
            try:
                from jaxlite import random as jrandom
                res.append(jrandom._stack_keys(vals, axis=oa))
                continue
            except (ImportError, AttributeError, TypeError):
                raise C._not_available("jax.vmap returning PRNG key arrays") from None
        res.append(jnp.stack([_as_leaf(v) for v in vals], axis=oa))
    return tu.tree_unflatten(out_tree, res)


def vmap(fun, in_axes=0, out_axes=0, axis_name=None, axis_size=None, spmd_axis_name=None):
    _check_callable(fun)
    if isinstance(in_axes, list):
        in_axes = tuple(in_axes)
    if not (in_axes is None or isinstance(in_axes, (int, tuple, dict))):
        raise TypeError(
            "vmap in_axes must be an int, None, or a tuple of entries corresponding to the "
            f"positional arguments passed to the function, but got {in_axes}.")

    @functools.wraps(fun)
    def vmapped(*args, **kwargs):
        from jaxlite import numpy as jnp
        if isinstance(in_axes, tuple):
            if len(in_axes) != len(args):
                raise ValueError(
                    "vmap in_axes must be an int, None, or a tuple of entries corresponding "
                    "to the positional arguments passed to the function, but got "
                    f"len(in_axes)={len(in_axes)}, len(args)={len(args)}")
            axes_per_arg = list(in_axes)
        else:
            axes_per_arg = [in_axes] * len(args)
        flat = []   # (arg index, leaf, axis)
        arg_trees = []
        for i, (a, ax) in enumerate(zip(args, axes_per_arg, strict=False)):
            leaves, tdef = tu.tree_flatten(a)
            axes = _prefix_leaves(ax, a, "vmap in_axes")
            arg_trees.append(tdef)
            for leaf, lax_ in zip(leaves, axes, strict=False):
                flat.append((i, leaf, lax_))
        kw_leaves, kw_tree = tu.tree_flatten(kwargs)
        sizes = []
        opaque = False
        for i, leaf, ax in flat:
            if ax is None:
                continue
            if not isinstance(leaf, (ArrayBase, bool, int, float)) and hasattr(leaf, "shape"):
                # e.g. a typed PRNG key array: mapped by looping over its elements
                opaque = True
                x = C.Array(None, tuple(leaf.shape), C.uint32)
            else:
                x = _as_leaf(leaf)
            nd = x.ndim
            if not -nd <= ax < nd or nd == 0:
                raise ValueError(
                    f"vmap was requested to map its argument along axis {ax}, which implies "
                    f"that its rank should be at least {ax + 1 if ax >= 0 else -ax}, but is "
                    f"only {nd} (its shape is {x.shape})")
            sizes.append((x.shape[ax % nd], i, ax, x))
        for leaf in kw_leaves:
            x = _as_leaf(leaf)
            if x.ndim:
                sizes.append((x.shape[0], None, 0, x))
        if not sizes:
            if axis_size is None:
                if all(ax is None for _, _, ax in flat) and flat:
                    raise ValueError("vmap must have at least one non-None value in in_axes or "
                                     "axis_size must be specified")
                raise ValueError(
                    "vmap wrapped function must be passed at least one argument containing "
                    "an array or axis_size must be specified, got empty "
                    f"*args={args} and **kwargs={kwargs}")
        size = axis_size if axis_size is not None else sizes[0][0]
        if any(s[0] != size for s in sizes):
            names = _arg_names(fun, len(args))
            lines = []
            for s, i, ax, x in sizes:
                where = f"argument {names[i]}" if i is not None else "a keyword argument"
                lines.append(f"  * one axis had size {s}: axis {ax} of {where} of type "
                             f"{x.aval.str_short(False)}")
            uniq = {s[0] for s in sizes}
            if len(sizes) > 2 and len(uniq) == 2:
                pass
            raise ValueError("vmap got inconsistent sizes for array axes to be mapped:\n"
                             + ";\n".join(lines))
        if opaque:
            return _vmap_loop(fun, args, kwargs, flat, arg_trees, size, out_axes)
        trace = C.BatchTrace(size)
        try:
            new_args = []
            k = 0
            for i, a in enumerate(args):
                n = len(tu.tree_leaves(a))
                leaves = []
                for _, leaf, ax in flat[k:k + n]:
                    if ax is None:
                        leaves.append(leaf)
                    else:
                        x = _as_leaf(leaf)
                        if ax % x.ndim != 0:
                            x = jnp.moveaxis(x, ax, 0)
                        leaves.append(C.BatchTracer(trace, x, 0))
                k += n
                new_args.append(tu.tree_unflatten(arg_trees[i], leaves))
            new_kw = tu.tree_unflatten(kw_tree, [
                C.BatchTracer(trace, _as_leaf(x), 0) if _as_leaf(x).ndim else x
                for x in kw_leaves])
            try:
                out = fun(*new_args, **new_kw)
            except NotImplementedError as e:
                if "traced" not in str(e):
                    raise
                out = _RETRY
        finally:
            trace.finish()
        if out is _RETRY:
            # a function that needs concrete values (the PRNG samplers): loop instead
            return _vmap_loop(fun, args, kwargs, flat, arg_trees, size, out_axes)
        out_leaves, out_tree = tu.tree_flatten(out)
        oaxes = _prefix_leaves(out_axes, out, "vmap out_axes")
        res = []
        for x, oa in zip(out_leaves, oaxes, strict=False):
            if isinstance(x, Tracer) and x._trace is trace:
                val, bd = x.val, x.bdim
            else:
                val, bd = x, None
            if oa is None:
                if bd is not None:
                    raise ValueError(
                        "vmap has mapped output but out_axes is None")
                res.append(val)
                continue
            val = _as_leaf(val)
            if bd is None:
                val = C.broadcast_leading(val, size)
            nd = val.ndim
            if not -nd <= oa < nd:
                raise ValueError(f"axis {oa} is out of bounds for array of dimension {nd}")
            oa = oa % nd
            if oa != 0:
                val = jnp.moveaxis(val, 0, oa)
            res.append(val)
        return tu.tree_unflatten(out_tree, res)
    return vmapped


# ---------------------------------------------------------------------------
# jit: runs eagerly, but behind tracers so that Python control flow on values
# fails as it would under real tracing, and side effects happen on first trace only


class _Null(io.TextIOBase):
    def write(self, s):
        return len(s)


_real_stdout = [None]
_JIT_SEEN = WeakKeyDictionary()


def _jit_wrap(trace, x, pos, fun):
    if isinstance(x, ArrayBase) or isinstance(x, (bool, int, float, complex)):
        return C.JitTracer(trace, _as_leaf(x), frozenset((pos,)))
    if isinstance(x, str) or not hasattr(x, "dtype"):
        raise TypeError(
            f"Error interpreting argument to {fun!r} as an abstract array. The problematic "
            f"value is of type {type(x)} and was passed to the function at path "
            f"{trace.arg_names[pos]}.\nThis typically means that a jit-wrapped function was "
            "called with a non-array argument, and this argument was not marked as static "
            "using the static_argnums or static_argnames parameters of jax.jit.")
    return x


def _jit_result(x, trace):
    while isinstance(x, C.JitTracer) and x._trace is trace:
        x = x.val
    if isinstance(x, ArrayBase) or not isinstance(x, (bool, int, float, complex)):
        return x
    return _as_leaf(x)


def _type_name(v):
    if isinstance(v, C.Array):
        return "jaxlib._jax.ArrayImpl"
    return type(v).__name__


def _type_repr(v):
    if isinstance(v, C.Array):
        return "<class 'jaxlib._jax.ArrayImpl'>"
    return str(type(v))


def _hashable(v):
    try:
        hash(v)
        return True
    except TypeError:
        return False


def _aval_key(x):
    if isinstance(x, ArrayBase):
        return ("a", x.shape, x.dtype.name, x.weak_type)
    if isinstance(x, (bool, int, float, complex)):
        # a Python number is traced as the weakly typed 0-d array it becomes (bool is strong),
        # so 1.0 and jnp.array(3.0) share one trace, as in JAX
        dt = C.asarray(x)
        return ("a", (), dt.dtype.name, dt.weak_type)
    return ("o", id(x))


def jit(fun=None, *, static_argnums=None, static_argnames=None, donate_argnums=None,
        donate_argnames=None, device=None, backend=None, inline=False, keep_unused=False,
        abstracted_axes=None, in_shardings=None, out_shardings=None, compiler_options=None):
    if fun is None:
        return functools.partial(jit, static_argnums=static_argnums,
                                 static_argnames=static_argnames)
    _check_callable(fun)
    if static_argnums is None:
        snums = ()
    elif isinstance(static_argnums, int):
        snums = (static_argnums,)
    else:
        snums = tuple(static_argnums)
    if static_argnames is None:
        snames = ()
    elif isinstance(static_argnames, str):
        snames = (static_argnames,)
    else:
        snames = tuple(static_argnames)
    try:
        sig = inspect.signature(fun)
        pnames = [p.name for p in sig.parameters.values()]
    except (TypeError, ValueError):
        pnames = []
    # static names and numbers imply each other, as in JAX
    snums = set(n % len(pnames) if pnames and n < 0 else n for n in snums)
    for nm in snames:
        if nm in pnames:
            snums.add(pnames.index(nm))
    snames = set(snames) | {pnames[n] for n in snums if n < len(pnames)}
    # JAX keeps one trace cache per function, shared by every jit(fun) made from it
    try:
        config = (tuple(sorted(snums)), frozenset(snames))
        seen = _JIT_SEEN.setdefault(fun, {}).setdefault(config, {})
    except TypeError:
        seen = {}
    code = getattr(fun, "__code__", None)
    fname = getattr(fun, "__name__", "fun")
    if code is not None:
        fname = f"{fname} at {code.co_filename}:{code.co_firstlineno}"

    def leaf_names(prefix, tree):
        try:
            paths = tu.tree_flatten_with_path(tree)[0]
            return [prefix + tu.keystr(p) for p, _ in paths]
        except Exception:  # noqa: BLE001
            return [prefix] * len(tu.tree_leaves(tree))

    @functools.wraps(fun)
    def jitted(*args, **kwargs):
        key_parts = []
        dynamic = []  # (position or keyword, leaves, treedef) of each traced argument
        for slot, a in [*enumerate(args), *kwargs.items()]:
            if slot in snums or slot in snames:
                if not _hashable(a):
                    raise ValueError(
                        "Non-hashable static arguments are not supported. An error occurred "
                        f"while trying to hash an object of type {_type_repr(a)}, {a}. The "
                        f"error was:\nTypeError: unhashable type: '{_type_name(a)}'\n")
                key_parts.append(("static", slot, a))
                continue
            leaves, tdef = tu.tree_flatten(a)
            key_parts.append((slot, tdef, tuple(_aval_key(x) for x in leaves)))
            dynamic.append((slot, leaves, tdef))
        key = tuple(key_parts)
        try:
            recording = seen.get(key)
        except TypeError:
            key = recording = None
        if recording is not None:
            trace, inputs, out_leaves, out_tree = recording
            values = trace.replay(inputs, [_as_leaf(x) for _, ls, _ in dynamic for x in ls],
                                  out_leaves)
            return tu.tree_unflatten(out_tree, [_jit_result(x, trace) for x in values])
        names, inputs = [], []
        trace = C.JitTrace(fname, names)
        try:
            new_args, new_kw = list(args), dict(kwargs)
            for slot, leaves, tdef in dynamic:
                a = args[slot] if isinstance(slot, int) else kwargs[slot]
                prefix = slot if isinstance(slot, str) else \
                    pnames[slot] if slot < len(pnames) else f"args[{slot}]"
                base = len(names)
                names.extend(leaf_names(prefix, a))
                wrapped = [_jit_wrap(trace, x, base + j, fun) for j, x in enumerate(leaves)]
                inputs.extend(wrapped)
                if isinstance(slot, int):
                    new_args[slot] = tu.tree_unflatten(tdef, wrapped)
                else:
                    new_kw[slot] = tu.tree_unflatten(tdef, wrapped)
            if key is not None and key in seen:
                # traced before, but not replayable: run again with print silenced
                saved = sys.stdout
                _real_stdout[0] = saved
                sys.stdout = _Null()
                try:
                    out = fun(*new_args, **new_kw)
                finally:
                    sys.stdout = saved
                    _real_stdout[0] = None
            else:
                out = fun(*new_args, **new_kw)
        except BaseException:
            trace.finish()
            _flush_debug(False)
            raise
        trace.finish()
        _flush_debug(True)
        out_leaves, out_tree = tu.tree_flatten(out)
        if key is not None and key not in seen:
            replayable = trace.replayable and all(
                isinstance(x, C.JitTracer) and x._trace is trace for x in inputs)
            seen[key] = (trace, inputs, out_leaves, out_tree) if replayable else None
        return tu.tree_unflatten(out_tree, [_jit_result(x, trace) for x in out_leaves])

    def staged(name):
        def unavailable(*args, **kwargs):
            raise C._not_available(f"jax.jit(...).{name}")
        return unavailable

    jitted = PjitFunction(jitted, fun)
    jitted.lower, jitted.trace = staged("lower"), staged("trace")
    jitted.eval_shape = functools.partial(eval_shape, jitted)
    jitted.clear_cache = seen.clear
    return jitted


class PjitFunction:
    """What jax.jit returns: callable, named after the function, bound as a method."""

    def __init__(self, call, fun):
        self._call = call
        functools.update_wrapper(self, fun)

    def __call__(self, *args, **kwargs):
        return self._call(*args, **kwargs)

    def __get__(self, obj, objtype=None):
        return self if obj is None else functools.partial(self, obj)

    def __repr__(self):
        return f"<PjitFunction of {self.__wrapped__!r}>"


# ---------------------------------------------------------------------------
# stop_gradient and custom rules


def stop_gradient(x):
    def sg(leaf):
        leaf = _as_leaf(leaf)
        if isinstance(leaf, Tracer):
            return C.stop_gradient_p.bind(leaf)
        return leaf
    return tu.tree_map(sg, x)


def _single_array_out(out):
    return isinstance(out, ArrayBase) or isinstance(out, (int, float))


def _differentiated(x):
    """Whether a JVP or VJP tracer is somewhere in x's stack of tracers."""
    while isinstance(x, Tracer):
        if isinstance(x, (C.JVPTracer, C.VJPTracer)):
            return True
        x = x.val
    return False


class _Outputs:
    """Where a custom rule's output pytree is described once it has run (shapes, weak types).

    A primitive has one output array, so a pytree output travels as its leaves raveled and
    concatenated, and is taken apart again by the caller.
    """

    __slots__ = ("tree", "shapes", "weak")

    def __init__(self):
        self.tree = None

    def pack(self, out):
        leaves, tree = tu.tree_flatten(out)
        if tree == _LEAF:
            self.tree = _LEAF
            return _as_leaf(out)
        leaves = [_as_leaf(x) for x in leaves]
        if any(not C.inexact(x.dtype) for x in leaves):
            raise C._not_available("custom_jvp/custom_vjp with non-float outputs in a pytree")
        self.tree, self.shapes = tree, [x.shape for x in leaves]
        self.weak = [x.weak_type for x in leaves]
        return C._jnp().concatenate([C._jnp().ravel(x) for x in leaves])

    def unpack(self, flat):
        if self.tree == _LEAF:
            return flat
        jnp, parts, off = C._jnp(), [], 0
        for shape, weak in zip(self.shapes, self.weak, strict=True):
            n = C.prod(shape)
            part = jnp.reshape(flat[off:off + n], shape)
            if part.weak_type != weak:
                part = C.convert_p.bind(part, dtype=float32, weak_type=weak)
            parts.append(part)
            off += n
        return tu.tree_unflatten(self.tree, parts)


_LEAF = tu.tree_structure(0.0)


class _Custom:
    """What custom_jvp and custom_vjp share: argument handling and binding their primitive."""

    def __init__(self, fun, nondiff_argnums, kind):
        functools.update_wrapper(self, fun)
        self.fun = fun
        self.nondiff_argnums = tuple(nondiff_argnums)
        self.prim = C.Primitive(f"{kind}_call[{getattr(fun, '__name__', 'f')}]")
        self.prim.impl = self._impl
        self.prim.jvp = self._jvp
        self.prim.vjp = self._vjp
        self.prim.fwd = self._fwd
        self.prim.batch = self._batch

    def _batch(self, vals, dims, size, *, tree, nd, outs):
        if any(_differentiated(v) for v in vals):  # keep the rule: one example at a time
            return C.batch_loop(self.prim, vals, dims, size, {"tree": tree, "nd": nd, "outs": outs})
        # nothing underneath differentiates, so the rule cannot matter: batch fun in one call
        def one(*leaves):
            return outs.pack(self.fun(*self._args(nd, leaves, tree)))
        return vmap(one, in_axes=tuple(dims), axis_size=size)(*vals), 0

    def _args(self, nd, leaves, tree):
        diff, nd = tu.tree_unflatten(tree, list(leaves)), dict(nd)
        it = iter(diff)
        return [nd[i] if i in nd else next(it) for i in range(len(nd) + len(diff))]

    def _impl(self, *leaves, tree, nd, outs):
        return outs.pack(self.fun(*self._args(nd, leaves, tree)))

    def __call__(self, *args, **kwargs):
        if kwargs:
            args = inspect.signature(self.fun).bind(*args, **kwargs).args
        self._check()
        nd = {i: args[i] for i in self.nondiff_argnums if i < len(args)}
        leaves, tree = tu.tree_flatten(tuple(a for i, a in enumerate(args) if i not in nd))
        if not any(isinstance(x, Tracer) for x in leaves):
            out_leaves, out_tree = tu.tree_flatten(self.fun(*args))
            return tu.tree_unflatten(out_tree, out_leaves)  # dicts come back key-sorted
        outs = _Outputs()
        flat = self.prim.bind(*[_as_leaf(x) for x in leaves], tree=tree,
                              nd=tuple(sorted(nd.items())), outs=outs)
        return outs.unpack(flat)


class custom_jvp(_Custom):
    """A function with a user-supplied JVP rule (reverse mode transposes that rule)."""

    def __init__(self, fun, nondiff_argnums=()):
        super().__init__(fun, nondiff_argnums, "custom_jvp")
        self.jvp_rule = None

    def defjvp(self, jvp, symbolic_zeros=False):
        self.jvp_rule = jvp
        return jvp

    def defjvps(self, *jvps):
        def rule(primals, tangents):
            out = self.fun(*primals)
            t = None
            for f, tan in zip(jvps, tangents, strict=False):
                if f is None:
                    continue
                c = f(tan, out, *primals)
                t = c if t is None else t + c
            return out, t
        self.jvp_rule = rule

    def _pair(self, res):
        if not isinstance(res, (list, tuple)) or len(res) != 2:
            rule = getattr(self.jvp_rule, "__name__", "jvp")
            raise TypeError(
                f"Custom JVP rule {rule} for function {self.__name__} must produce a pair (list "
                "or tuple of length two) representing primal and tangent outputs, but got "
                f"{res}.")
        return res

    def _check(self):
        if self.jvp_rule is None:
            raise AttributeError(
                f"No JVP defined for custom_jvp function {self.__name__} using defjvp.")

    def _jvp(self, primals, tangents, tree, nd, outs):
        nd = dict(nd)
        p = tu.tree_unflatten(tree, list(primals))
        t = tu.tree_unflatten(tree, list(tangents))
        out, tout = self._pair(self.jvp_rule(*[nd[i] for i in sorted(nd)], tuple(p), tuple(t)))
        return outs.pack(out), _Outputs().pack(tout)

    def _fwd(self, *primals, tree, nd, outs):
        # reverse mode runs the JVP rule once, on tangents traced for transposition, as JAX
        # linearizes it; the backward pass then reverse-differentiates the tangent output
        trace = C.VJPTrace()
        try:
            ts = [trace.new_input(C.const(0, p.dtype if C.inexact(p.dtype) else float32,
                                          p.shape, p.weak_type)) for p in primals]
            d = dict(nd)
            out, tout = self._pair(self.jvp_rule(*[d[i] for i in sorted(d)], tuple(
                tu.tree_unflatten(tree, list(primals))), tuple(tu.tree_unflatten(tree, list(ts)))))
            out = outs.pack(out)
            touts = [_as_leaf(x) for x in tu.tree_leaves(tout)]
        finally:
            trace.finish()
        return out, (trace, ts, touts)

    def _vjp(self, ct, out, *primals, tree, nd, outs, res=None):
        trace, ts, touts = res or self._fwd(*primals, tree=tree, nd=nd, outs=outs)[1]
        # each output's tangent is seeded with its own part of the cotangent; a part that is
        # all (positive) zeros is an output nobody used, which JAX's symbolic zero skips
        parts = [ct] if outs.tree == _LEAF else tu.tree_leaves(outs.unpack(ct))
        seeds = []
        for tout, part in zip(touts, parts, strict=False):
            if isinstance(part, Array) and all(
                    v == 0 and math.copysign(1.0, v.real) > 0 for v in part._v):
                continue
            seeds.append((_node_of(tout, trace), part))
        cts = trace.backward(seeds)
        return tuple(cts.get(id(t.node)) if C.inexact(p.dtype) else None
                     for t, p in zip(ts, primals, strict=False))


class custom_vjp(_Custom):
    """A function with user-supplied forward and backward passes for reverse mode."""

    def __init__(self, fun, nondiff_argnums=()):
        super().__init__(fun, nondiff_argnums, "custom_vjp")
        self.fwd = None
        self.bwd = None

    def defvjp(self, fwd, bwd, symbolic_zeros=False, optimize_remat=False):
        self.fwd = fwd
        self.bwd = bwd

    def _check(self):
        pass

    def _jvp(self, primals, tangents, tree, nd, outs):
        self._fwd(*primals, tree=tree, nd=nd, outs=outs)  # JAX runs fwd before refusing
        raise TypeError("can't apply forward-mode autodiff (jvp) to a custom_vjp function.")

    def _fwd(self, *primals, tree, nd, outs):
        out, res = self.fwd(*self._args(nd, primals, tree))
        return outs.pack(out), res

    def _vjp(self, ct, out, *primals, tree, nd, outs, res=None):
        if res is None:
            res = self._fwd(*primals, tree=tree, nd=nd, outs=outs)[1]
        nd = dict(nd)
        cts = self.bwd(*[nd[i] for i in sorted(nd)], res, outs.unpack(ct))
        if not isinstance(cts, (tuple, list)):
            raise TypeError(f"Custom VJP bwd rule must produce a tuple, but got {type(cts)}.")
        diff = tu.tree_unflatten(tree, list(primals))
        if len(cts) != len(diff):
            raise TypeError(
                "Custom VJP bwd rule must produce an output with the same container (pytree) "
                "structure as the args tuple of the primal function, and in particular must "
                "produce a tuple of length equal to the number of arguments to the primal "
                f"function, but got bwd output structure {tu.tree_structure(tuple(cts))} for "
                f"primal input structure {tu.tree_structure(diff)}.")
        flat = []
        for c, p in zip(cts, diff, strict=False):
            flat.extend(tu.tree_leaves(c) if c is not None else [None] * len(tu.tree_leaves(p)))
        return tuple(None if c is None else _as_leaf(c) for c in flat)


def checkpoint(fun=None, *, prevent_cse=True, policy=None, static_argnums=()):
    if fun is None:
        return lambda f: f
    return fun


remat = checkpoint


def named_call(fun, *, name=None):
    return fun


def block_until_ready(x):
    return x


def effects_barrier():
    """Waits for pending jax.debug.print output: jaxlite prints it when a jitted call returns,
    so there is nothing left to wait for."""


def device_put(x, device=None, *, src=None, donate=False, may_alias=None):
    return tu.tree_map(_as_leaf, x)


def device_get(x):
    return x


class _Device:
    platform = "cpu"
    device_kind = "cpu"
    id = 0

    def __repr__(self):
        return "CpuDevice(id=0)"


def devices(backend=None):
    return [_DEVICE]


_DEVICE = _Device()


class _Sharding:
    def __repr__(self):
        return "SingleDeviceSharding(device=CpuDevice(id=0), memory_kind=device)"


C.ArrayBase.devices = lambda self: {_DEVICE}
C.ArrayBase.sharding = property(lambda self: _Sharding())


def typeof(x):
    """The abstract value JAX traces x as: shape, dtype and weak type."""
    if not hasattr(x, "shape"):
        x = _arg_leaf(x)
    return C.ShapedArray(tuple(x.shape), x.dtype, getattr(x, "weak_type", False))


local_devices = devices


def device_count(backend=None):
    return 1


local_device_count = device_count


def default_backend():
    return "cpu"


def eval_shape(fun, *args, **kwargs):
    out = fun(*args, **kwargs)
    return tu.tree_map(lambda x: ShapeDtypeStruct(_as_leaf(x).shape, _as_leaf(x).dtype), out)


class ShapeDtypeStruct:
    def __init__(self, shape, dtype, sharding=None, weak_type=False):
        self.shape = tuple(shape)
        self.dtype = C.to_dtype(dtype)
        self.weak_type = weak_type

    @property
    def ndim(self):
        return len(self.shape)

    @property
    def size(self):
        return C.prod(self.shape)

    def __repr__(self):
        w = ", weak_type=True" if self.weak_type else ""
        return f"ShapeDtypeStruct(shape={self.shape}, dtype={self.dtype.name}{w})"


def _debug_values(x):
    """A leaf's concrete value with one leading axis per enclosing vmap, outermost first, and
    those vmaps' traces: jax.debug.print sees through every tracer to the values."""
    batched = []
    while isinstance(x, Tracer):
        if isinstance(x, C.BatchTracer):
            if x.bdim is not None:
                batched.append(x._trace)
            x = x.val
        elif isinstance(x, C.JitTracer):
            x = x.val
        else:
            x = x.primal
    return x, batched[::-1]


class _FormatCheck(string.Formatter):
    """Formats nothing; raises JAX's errors for arguments the format string does not use."""

    def format_field(self, value, format_spec):
        return ""

    def check_unused_args(self, used_args, args, kwargs):
        unused = [a for i, a in enumerate(args) if i not in used_args]
        if unused:
            raise ValueError(f"Unused positional arguments to `jax.debug.print`: {unused}")
        unused_kw = [k for k in kwargs if k not in used_args]
        if unused_kw:
            raise ValueError(
                f"Unused keyword arguments to `jax.debug.print`: {unused_kw}. You may be "
                "passing an f-string (i.e, `f\"{x}\"`) into `jax.debug.print` and instead "
                "should pass in a regular string.")


def _has_placeholders(fmt):
    # as JAX decides it: only the first piece of the parsed format string is looked at
    if not fmt:
        return False
    return next(iter(string.Formatter().parse(fmt)))[1] is not None


def _debug_print(fmt, *args, ordered=False, **kwargs):
    _FormatCheck().format(fmt, *args, **kwargs)
    placeholders = _has_placeholders(fmt)
    for trace in C._jit_traces:  # a replay would lose this output
        trace.replayable = False
    leaves, tree = tu.tree_flatten((args, kwargs))
    unwrapped = [_debug_values(x) if isinstance(x, ArrayBase) else (x, []) for x in leaves]
    # every vmap any argument is batched by; JAX prints one line per example, unrolling the
    # innermost vmap first, so its index varies slowest
    traces = sorted({id(t): t for _, ts in unwrapped for t in ts}.values(),
                    key=lambda t: -t.level)
    sizes = [t.size for t in traces]
    out = _real_stdout[0] or sys.stdout
    # under jit JAX prints when the compiled function runs, after tracing has finished
    write = _deferred_debug.append if C._jit_traces else out.write
    for index in itertools.product(*[range(n) for n in sizes]):
        picked = []
        for value, ts in unwrapped:
            for t in ts:  # the value's leading axes, outermost vmap first
                value = value[index[traces.index(t)]]
            picked.append(value)
        a, k = tu.tree_unflatten(tree, picked)
        # without a placeholder first, JAX prints the format string and the values after it
        write((fmt.format(*a, **k) if placeholders else " ".join((fmt, *map(str, a)))) + "\n")


_deferred_debug = []  # jax.debug.print lines waiting for the outermost jit call to finish


def _flush_debug(ok):
    if C._jit_traces:
        return
    lines, _deferred_debug[:] = list(_deferred_debug), []
    if ok:
        (_real_stdout[0] or sys.stdout).write("".join(lines))


class _DebugModule:
    print = staticmethod(_debug_print)

    @staticmethod
    def breakpoint(*a, **k):
        raise C._not_available("jax.debug.breakpoint")

    @staticmethod
    def callback(fn, *args, **kwargs):
        for trace in C._jit_traces:
            trace.replayable = False
        fn(*args, **kwargs)


debug = _DebugModule()
