"""jax.make_jaxpr for jaxlite: the primitives jit records, rewritten and printed as JAX's jaxpr."""

from jaxlite import _core as C
from jaxlite import tree_util as tu

_SHORT = {"float32": "f32", "float16": "f16", "bfloat16": "bf16", "float64": "f64",
          "int32": "i32", "int8": "i8", "int16": "i16", "int64": "i64", "uint8": "u8",
          "uint32": "u32", "uint16": "u16", "uint64": "u64", "bool": "bool"}
_WIDTH = 80  # JAX's pretty printer lays a jaxpr out to fit 80 columns


# ---------------------------------------------------------------------------
# a jaxpr: variables, literals, equations


class _Var:
    __slots__ = ("shape", "dtype", "dropped")

    def __init__(self, shape, dtype):
        self.shape = tuple(shape)
        self.dtype = dtype
        self.dropped = False


class _Lit:
    __slots__ = ("value", "dtype", "weak")
    shape = ()

    def __init__(self, value, dtype, weak=False):
        self.value = value
        self.dtype = dtype
        self.weak = weak

    def text(self):
        v = self.value
        if self.dtype.kind == "f" and self.weak:
            s = _shortest(v)  # JAX keeps the Python float a weak literal came from
        elif self.dtype.kind == "f":
            s = str(float(v))  # the float32 value's own decimal expansion, as numpy's item()
        elif self.dtype.kind == "b":
            s = str(bool(v))
        else:
            s = str(int(v))
        return f"{s}:{_type(self)}"


class _Eqn:
    __slots__ = ("name", "params", "ins", "outs")

    def __init__(self, name, params, ins, outs):
        self.name = name
        self.params = params  # [(key, text or _Jaxpr or tuple of _Jaxpr)], in printed order
        self.ins = ins
        self.outs = outs


class _Jaxpr:
    __slots__ = ("consts", "ins", "eqns", "outs")

    def __init__(self, consts, ins, eqns, outs):
        self.consts = consts
        self.ins = ins
        self.eqns = eqns
        self.outs = outs


def _shortest(v):
    """The shortest Python float text that rounds to the float32 value v (what was typed)."""
    if v != v or v in (float("inf"), float("-inf")):
        return str(v)
    for digits in range(1, 18):
        text = repr(float(f"{v:.{digits}g}"))
        if C.f32([float(text)])[0] == v:
            return text
    return str(v)


def _type(x):
    dims = ",".join(str(d) for d in x.shape)
    return f"{_SHORT.get(x.dtype.name, x.dtype.name)}[{dims}]"


def _tuple(xs):
    xs = tuple(xs)
    return f"({xs[0]},)" if len(xs) == 1 else "(" + ", ".join(map(str, xs)) + ")"


def _drop_unused(jaxpr):
    """An equation's result that nothing reads prints as `_`, as JAX drops it when tracing."""
    used = {id(v) for v in jaxpr.outs}
    for e in jaxpr.eqns:
        used.update(id(v) for v in e.ins)
        for _, v in e.params:
            for sub in (v if isinstance(v, tuple) else (v,)):
                if isinstance(sub, _Jaxpr):
                    used.update(id(c) for c in sub.consts)
    for e in jaxpr.eqns:
        for v in e.outs:
            v.dropped = id(v) not in used


# ---------------------------------------------------------------------------
# a Wadler-style pretty printer, laid out as JAX's: a group prints on one line when all of it
# fits in what is left of the line, else its breaks become newlines


class _Text:
    __slots__ = ("s",)

    def __init__(self, s):
        self.s = s


class _Brk:
    __slots__ = ("s",)

    def __init__(self, s=" "):
        self.s = s


class _Cat:
    __slots__ = ("parts",)

    def __init__(self, parts):
        self.parts = parts


class _Group:
    __slots__ = ("child",)

    def __init__(self, child):
        self.child = child


class _Nest:
    __slots__ = ("n", "child")

    def __init__(self, n, child):
        self.n = n
        self.child = child


def _join(sep, docs):
    parts = []
    for i, d in enumerate(docs):
        if i:
            parts.append(sep)
        parts.append(d)
    return _Cat(parts)


def _fits(doc, room, rest):
    """Whether doc, flat, and what follows it up to the next line break fit in room."""
    stack = [(False, doc)]
    later = len(rest)
    while room >= 0:
        if not stack:
            if not later:
                return True
            later -= 1
            stack.append(rest[later][1:])
        broken, d = stack.pop()
        if isinstance(d, _Text):
            room -= len(d.s)
        elif isinstance(d, _Brk):
            if broken:
                return True
            room -= len(d.s)
        elif isinstance(d, _Cat):
            stack.extend((broken, p) for p in reversed(d.parts))
        elif isinstance(d, _Group):
            stack.append((False, d.child))
        else:
            stack.append((broken, d.child))
    return False


def _format(doc, width=_WIDTH):
    out = []
    col = 0
    stack = [(0, True, doc)]
    while stack:
        indent, broken, d = stack.pop()
        if isinstance(d, _Text):
            out.append(d.s)
            col += len(d.s)
        elif isinstance(d, _Brk):
            if broken:
                out.append("\n" + " " * indent)
                col = indent
            else:
                out.append(d.s)
                col += len(d.s)
        elif isinstance(d, _Cat):
            stack.extend((indent, broken, p) for p in reversed(d.parts))
        elif isinstance(d, _Nest):
            stack.append((indent + d.n, broken, d.child))
        else:
            stack.append((indent, not _fits(d.child, width - col, stack), d.child))
    return "".join(out)


class _Names:
    """Variable names, given in the order the printer meets variables: a, b, ..., z, ba, ..."""

    def __init__(self):
        self.names = {}

    def __call__(self, v):
        if isinstance(v, _Lit):
            return v.text()
        if v.dropped:
            return "_"
        if id(v) not in self.names:
            self.names[id(v)] = _var_name(len(self.names))
        return self.names[id(v)]

    def suggest(self, inner, outer):
        # a nested jit's own variables take the names of what the outer equation binds
        for a, b in zip(inner, outer, strict=False):
            if isinstance(a, _Var) and isinstance(b, _Var) and id(a) not in self.names:
                self.names[id(a)] = self(b)


def _var_name(n):
    s = ""
    while not s or n:
        n, i = divmod(n, 26)
        s = chr(97 + i) + s
    return s


def _pp_vars(vs, names, sep="", typed=False):
    docs = [_Text(names(v) + (":" + _type(v) if typed else "")) for v in vs]
    return _Nest(2, _Group(_join(_Cat([_Text(sep), _Group(_Brk())]), docs)))


def _pp_eqn(e, names):
    lhs = _pp_vars(e.outs, names, typed=True)
    if e.name == "jit":
        inner = e.params[1][1]
        names.suggest(inner.ins, e.ins)
        names.suggest(inner.outs, e.outs)
    pairs = []
    for k, v in e.params:
        if isinstance(v, _Jaxpr):
            vd = _pp_jaxpr(v, names)
        elif isinstance(v, tuple):
            vd = _Group(_Cat([_Nest(2, _Cat([_Text("("), _Brk(""), _join(
                _Brk(), [_pp_jaxpr(j, names) for j in v])])), _Brk(""), _Text(")")]))
        else:
            vd = _Text(v)
        pairs.append(_Cat([_Text(f"{k}="), vd]))
    kv = _Group(_Cat([_Nest(2, _Cat([_Text("["), _Brk(""), _join(_Brk(), pairs)])),
                      _Brk(""), _Text("]")])) if pairs else _Cat([])
    return _Cat([lhs, _Text(" = "), _Text(e.name), kv, _Text(" "), _pp_vars(e.ins, names)])


def _pp_jaxpr(j, names):
    consts = _pp_vars(j.consts, names, typed=True)
    ins = _pp_vars(j.ins, names, typed=True)
    eqns = _join(_Brk("; "), [_pp_eqn(e, names) for e in j.eqns])
    outs = _Cat([_Text("("), _pp_vars(j.outs, names, sep=","),
                 _Text(")" if len(j.outs) != 1 else ",)")])
    return _Cat([_Group(_Nest(2, _Cat([
        _Text("{ lambda "), consts, _Text("; "), ins, _Text(". let"),
        _Nest(2, _Cat([_Brk(), eqns])), _Brk(), _Text("in "), outs]))), _Text(" }")])


def pretty(jaxpr):
    return _format(_pp_jaxpr(jaxpr, _Names()))


# ---------------------------------------------------------------------------
# tracing: jit's recording, with make_jaxpr's own adjustments


class Jaxpr:
    """What make_jaxpr returns: printing it shows the program as JAX would."""

    def __init__(self, text, out_shapes):
        self._text = text
        self.out_avals = out_shapes

    def __str__(self):
        return self._text

    __repr__ = __str__


class _StagedTracer(C.JitTracer):
    """A recorded value; one that no argument feeds (a constant) can still be read in Python."""

    __slots__ = ()

    def _concrete(self, what):
        if not self.deps:
            return self.val
        return super()._concrete(what)


class _Recorder(C.JitTrace):
    """jit's trace, recording operations on constants too, as JAX stages everything."""

    __slots__ = ("computing", "implicit", "seeds", "groups", "accumulations", "made", "exact")

    def __init__(self, fname):
        super().__init__(fname)
        self.computing = 0
        self.implicit = set()  # broadcasts jaxlite adds where JAX lets a scalar stand as is
        self.seeds = set()  # ids of the cotangents grad starts its backward pass with
        self.groups = []  # (forward output, first op, end op) of each backward rule
        self.accumulations = set()  # op indices that sum cotangents: JAX's add_any
        self.made = set()  # ids of the constants jaxlite's rules make while tracing
        self.exact = set()  # scalars vmap made arrays of: their literal loses its Python text

    def pure(self, x):
        return _StagedTracer(self, x, frozenset())

    def process(self, prim, tracers, params):
        self.computing += 1
        try:
            deps = frozenset().union(*[t.deps for t in tracers])
            out = _StagedTracer(self, prim.bind(*[t.val for t in tracers], **params), deps)
        finally:
            self.computing -= 1
        self.ops.append((prim, params, tracers, out))
        return out


def _backward(rec):
    """VJPTrace.backward, noting which recorded operations each node's rule adds."""

    def backward(self, seeds):
        cts = {}

        def accumulate(k, c):
            if k in cts:
                start = len(rec.ops)
                cts[k] = C.add_any(cts[k], c)
                rec.accumulations.update(range(start, len(rec.ops)))
            else:
                cts[k] = c

        for node, ct in seeds:
            rec.seeds.add(id(ct))
            if node is not None:
                accumulate(id(node), ct)
        for node in reversed(self.tape):
            ct = cts.pop(id(node), None)
            if ct is None:
                continue
            start = len(rec.ops)
            rule = _TRANSPOSES.get(node.prim.name) if all(
                p is not None for p in node.parents) else None
            if rule is not None:
                # JAX adds each operand's cotangent in as soon as it is computed
                for k, part in rule(ct, *node.primals):
                    accumulate(id(node.parents[k]), part())
                rec.groups.append((node.out, start, len(rec.ops)))
                continue
            in_cts = node.prim.vjp(ct, node.out, *node.primals, **node.params)
            rec.groups.append((node.out, start, len(rec.ops)))
            for parent, c in zip(node.parents, in_cts, strict=False):
                if parent is not None and c is not None:
                    accumulate(id(parent), c)
        return cts
    return backward


def _mul_t(ct, x, y):
    # JAX transposes the linear equations last to first: the second operand's comes first
    return [(1, lambda: C.mul_p.bind(x, ct)), (0, lambda: C.mul_p.bind(ct, y))]


def _div_t(ct, x, y):
    return [(1, lambda: C.neg_p.bind(C.mul_p.bind(
        C.mul_p.bind(ct, C.integer_pow_p.bind(y, y=-2)), x))), (0, lambda: C.div_p.bind(ct, y))]


def _cos_t(ct, x):
    # JAX's rule for cos is -(g) * sin(x), negating the tangent first
    return [(0, lambda: C.mul_p.bind(C.neg_p.bind(ct), C.sin_p.bind(x)))]


_TRANSPOSES = {"mul": _mul_t, "div": _div_t, "cos": _cos_t}


def _jvp_process(rec, process):
    """JVPTrace.process, noting the sums of tangents a rule makes: JAX's add_any."""

    def jvp_process(self, prim, tracers, params):
        start = len(rec.ops)
        out = process(self, prim, tracers, params)
        derived = {id(_jit_of(t.tangent, rec)) for t in tracers if t.tangent is not None}
        if len(derived) < 2 and sum(t.tangent is not None for t in tracers) < 2:
            return out  # only combining two operands' tangents is add_any; a rule's own is add
        for i in range(start, len(rec.ops)):
            p, _, ins, o = rec.ops[i]
            hits = [id(t) in derived or id(t.val) in derived for t in ins]
            if any(hits):
                if p is C.add_p and all(hits):
                    rec.accumulations.add(i)
                derived.add(id(o))
        return out
    return jvp_process


class _Patches:
    """Swaps in make_jaxpr's versions of a few functions while one traces, and restores them."""

    def __init__(self, rec):
        from jaxlite import numpy as jnp
        self.rec = rec
        self.saved = []
        bind = C.Primitive.bind

        def staging_bind(prim, *args, **params):
            if rec.active and not rec.computing and not any(
                    isinstance(a, C.Tracer) for a in args):
                return rec.process(prim, [rec.pure(a) for a in args], params)
            return bind(prim, *args, **params)

        broadcast_to = jnp._broadcast_to

        def noting_broadcast(x, shape):
            out = broadcast_to(x, shape)
            if out is not x and not x.shape:
                rec.implicit.add(id(_jit_of(out, rec)))
            return out

        cast = jnp._cast
        const = C.const

        def noting_const(*a, **k):
            out = const(*a, **k)
            rec.made.add(id(out))
            return out

        leading = C.broadcast_leading

        def noting_leading(x, size):
            out = leading(x, size)
            if not x.shape:  # vmap lets an unbatched scalar stand beside a batched array
                rec.implicit.add(id(_jit_of(out, rec)))
                rec.exact.add(id(_jit_of(out, rec)))
            return out

        def casting(x, dt, weak):
            if not isinstance(x, C.Tracer):  # a constant converts as the program is traced
                rec.computing += 1
                try:
                    return cast(x, dt, weak)
                finally:
                    rec.computing -= 1
            # a weakly typed traced value meeting a strongly typed one becomes strong: JAX
            # shows that as a conversion, though the dtype stays
            if x.dtype is dt and x.weak_type and not weak and isinstance(x, C.Tracer):
                return C.convert_p.bind(x, dtype=dt, weak_type=False)
            return cast(x, dt, weak)

        self.swaps = [(C.Primitive, "bind", staging_bind),
                      (jnp, "_broadcast_to", noting_broadcast), (jnp, "_cast", casting),
                      (C.VJPTrace, "backward", _backward(rec)),
                      (C.JVPTrace, "process", _jvp_process(rec, C.JVPTrace.process)),
                      (C, "const", noting_const),
                      (C, "broadcast_leading", noting_leading), (jnp, "mean", _mean(jnp))]

    def __enter__(self):
        for owner, name, new in self.swaps:
            self.saved.append((owner, name, owner.__dict__[name] if isinstance(owner, type)
                               else getattr(owner, name)))
            setattr(owner, name, new)

    def __exit__(self, *exc):
        for owner, name, old in reversed(self.saved):
            setattr(owner, name, old)


def _mean(jnp):
    mean = jnp.mean

    def jax_mean(a, axis=None, dtype=None, out=None, keepdims=False, *, where=None):
        # JAX divides the sum by the count (a literal); jaxlite multiplies by its reciprocal
        x = jnp._wrap(a)
        if where is not None or dtype is not None or x.dtype.kind != "f":
            return mean(a, axis, dtype, out, keepdims, where=where)
        axes = range(x.ndim) if axis is None else (
            (axis,) if isinstance(axis, int) else tuple(axis))
        n = C.prod([x.shape[i] for i in axes])
        s = jnp.sum(x, axis, keepdims=keepdims)
        return C.div_p.bind(s, C.const(float(n), x.dtype, s.shape))
    return jax_mean


def _jit_of(x, rec):
    """The recorder's tracer under x (x may be wrapped by grad's, jvp's or vmap's tracers)."""
    while isinstance(x, C.Tracer) and x._trace is not rec:
        x = getattr(x, "primal", None) if hasattr(x, "primal") else x.val
    return x


def make_jaxpr(fun, static_argnums=(), axis_env=None, return_shape=False, abstracted_axes=None):
    if isinstance(static_argnums, int):
        static_argnums = (static_argnums,)

    def traced(*args, **kwargs):
        from jaxlite._api import _as_leaf

        rec = _Recorder(getattr(fun, "__name__", "fun"))
        try:
            with _Patches(rec):
                args = list(args)
                inputs = []
                for i, a in enumerate(args):
                    if i in static_argnums:
                        continue
                    leaves, tree = tu.tree_flatten(a)
                    ts = [_StagedTracer(rec, _as_leaf(x), frozenset({i})) for x in leaves]
                    inputs.extend(ts)
                    args[i] = tu.tree_unflatten(tree, ts)
                out = fun(*args, **kwargs)
        finally:
            rec.finish()
        outs = [_as_leaf(x) for x in tu.tree_leaves(out)]
        text = pretty(_build(rec, inputs, outs))
        shapes = tu.tree_map(lambda x: C.ShapedArray(_as_leaf(x).shape, _as_leaf(x).dtype),
                             out)
        jaxpr = Jaxpr(text, shapes)
        return (jaxpr, shapes) if return_shape else jaxpr

    return traced


# ---------------------------------------------------------------------------
# from the recording to JAX's equations


def _order(rec):
    """The recorded operations in JAX's order for grad.

    JAX linearizes: each primitive's derivative rule computes, during the forward pass, what
    does not depend on the cotangent (cos x for sin x), and only the rest is transposed. So the
    part of a backward rule that reads no cotangent moves up to follow its forward operation.
    """
    ops = list(enumerate(rec.ops))
    if not rec.groups:
        return ops
    ct = set()
    owner = {}
    for fwd_out, start, end in rec.groups:
        for i in range(start, end):
            owner[i] = fwd_out
    hoisted = {}
    rest = []
    produced_at = {id(op[3]): i for i, op in ops}
    for i, op in ops:
        prim, params, tracers, out = op
        reads_ct = i in rec.accumulations or any(
            id(t) in ct or id(getattr(t, "val", None)) in rec.seeds or id(t) in rec.seeds
            for t in tracers)
        if reads_ct:
            ct.add(id(out))
            if i in owner and prim is C.add_p:
                # a sum inside a transposed rule is JAX's add_any
                rec.accumulations.add(i)
        if i in owner and not reads_ct and id(_jit_of(owner[i], rec)) in produced_at:
            hoisted.setdefault(produced_at[id(_jit_of(owner[i], rec))], []).append((i, op))
        else:
            rest.append((i, op))
    result = []
    for i, op in rest:
        result.append((i, op))
        pending = hoisted.pop(i, [])
        while pending:
            # what a hoisted operation produces may itself own hoisted ones
            j, o = pending.pop(0)
            result.append((j, o))
            pending = hoisted.pop(j, []) + pending
    return result


def _build(rec, inputs, outputs):
    env = {}
    consts = []
    const_vars = {}
    eqns = []

    def atom(t):
        if id(t) in env:
            return env[id(t)]
        v = t.val if isinstance(t, C.JitTracer) else t
        if not isinstance(v, C.Array):
            v = C.asarray(v)
        if not v.shape:
            return _Lit(v._v[0], v.dtype, v.weak_type)
        if id(v) in rec.made and len(set(v._v)) == 1:
            # a constant jaxlite's own rules filled in: JAX writes it as a scalar literal
            return _Lit(v._v[0], v.dtype, v.weak_type)
        if id(v) not in const_vars:
            const_vars[id(v)] = _Var(v.shape, v.dtype)
            consts.append(const_vars[id(v)])
        return const_vars[id(v)]

    for t in inputs:
        env[id(t)] = _Var(t.shape, t.dtype)
    backward = set()
    for _, start, end in rec.groups:
        backward.update(range(start, end))
    from_backward = set()
    for i, (prim, params, tracers, out) in _order(rec):
        ins = [atom(t) for t in tracers]
        if i in backward:
            from_backward.add(len(eqns))
        if id(out) in rec.implicit:
            a = ins[0]
            if id(out) in rec.exact and isinstance(a, _Lit):
                a = _Lit(a.value, a.dtype)
            env[id(out)] = a
            continue
        name = "add_any" if i in rec.accumulations and prim is C.add_p else None
        env[id(out)] = _convert(prim, params, ins, out, eqns, name)
    outs = [atom(_jit_of(o, rec)) for o in outputs]
    eqns = _prune(eqns, {id(e) for k, e in enumerate(eqns) if k in from_backward}, outs)
    eqns = _fold_keepdims(eqns, outs)
    eqns = _fold_vector_dot(eqns, outs)
    jaxpr = _Jaxpr(consts, [env[id(t)] for t in inputs], eqns, outs)
    _drop_unused(jaxpr)
    return jaxpr


def _prune(eqns, prunable, outs):
    """Drop what backward rules computed for operands that need no cotangent: JAX's
    transpose never computes it."""
    while True:
        uses = _uses(eqns, outs)
        keep = [e for e in eqns if id(e) not in prunable or any(id(v) in uses for v in e.outs)]
        if len(keep) == len(eqns):
            return eqns
        eqns = keep


def _uses(eqns, outs):
    n = {}
    for v in [a for e in eqns for a in e.ins] + list(outs):
        n[id(v)] = n.get(id(v), 0) + 1
    return n


def _inserted_ones(src, dst):
    """Where src's dimensions land in dst, when dst is src with size-1 dimensions added."""
    pos, j = [], 0
    for i, n in enumerate(dst):
        if j < len(src) and src[j] == n:
            pos.append(i)
            j += 1
    return tuple(pos) if j == len(src) else None


def _fold_keepdims(eqns, outs):
    """A reshape that only adds size-1 dimensions, read only by a broadcast, is one
    broadcast_in_dim in JAX (sum's transpose)."""
    uses = _uses(eqns, outs)
    by_out = {id(e.outs[0]): e for e in eqns if len(e.outs) == 1}
    gone = set()
    for e in eqns:
        if e.name != "broadcast_in_dim":
            continue
        r = by_out.get(id(e.ins[0]))
        if r is None or r.name != "reshape" or uses.get(id(r.outs[0])) != 1:
            continue
        src, mid, dst = r.ins[0].shape, r.outs[0].shape, e.outs[0].shape
        pos = _inserted_ones(src, mid)
        if pos is None:
            continue
        lead = len(dst) - len(mid)
        dims = tuple(p + lead for p in pos)
        e.ins = [r.ins[0]]
        e.params = [("broadcast_dimensions", _tuple(dims))] if dims else []
        gone.add(id(r))
    return [e for e in eqns if id(e) not in gone]


def _fold_vector_dot(eqns, outs):
    """jaxlite multiplies vectors as 1-row or 1-column matrices; JAX contracts them as is."""
    uses = _uses(eqns, outs)
    by_out = {id(e.outs[0]): e for e in eqns if len(e.outs) == 1}
    readers = {}
    for e in eqns:
        for v in e.ins:
            readers.setdefault(id(v), []).append(e)
    gone = set()
    for e in eqns:
        if e.name != "dot_general":
            continue
        a, b = e.ins
        ra, rb = by_out.get(id(a)), by_out.get(id(b))
        if ra is not None and ra.name == "reshape" and uses.get(id(a)) == 1 and \
                len(ra.ins[0].shape) == 1 and a.shape == (1,) + ra.ins[0].shape:
            e.ins[0] = ra.ins[0]
            gone.add(id(ra))
        if rb is not None and rb.name == "reshape" and uses.get(id(b)) == 1 and \
                len(rb.ins[0].shape) == 1 and b.shape == rb.ins[0].shape + (1,):
            e.ins[1] = rb.ins[0]
            gone.add(id(rb))
        if not ({id(ra), id(rb)} & gone):
            continue
        shape = (e.ins[0].shape[:-1] if len(e.ins[0].shape) > 1 else ()) + (
            e.ins[1].shape[1:] if len(e.ins[1].shape) > 1 else ())
        out = e.outs[0]
        after = readers.get(id(out), [])
        if len(after) == 1 and uses.get(id(out)) == 1 and after[0].name == "reshape" and \
                after[0].outs[0].shape == shape:
            e.outs = after[0].outs
            gone.add(id(after[0]))
        else:
            out.shape = shape
        e.params = [("dimension_numbers",
                     f"(([{len(e.ins[0].shape) - 1}], [0]), ([], []))"), e.params[1]]
    return [e for e in eqns if id(e) not in gone]


def _emit(eqns, name, params, ins, shape, dtype):
    v = _Var(shape, dtype)
    eqns.append(_Eqn(name, params, ins, [v]))
    return v


def _convert(prim, params, ins, out, eqns, name=None):
    """Append JAX's equations for one jaxlite primitive; return the atom of its result."""
    name = name or prim.name
    shape, dtype = out.shape, out.dtype
    ps = []
    if name == "integer_pow":
        ps = [("y", str(params["y"]))]
    elif name in ("reduce_sum", "reduce_prod"):
        ps = [("axes", _tuple(params["axes"])), ("out_sharding", "None")]
    elif name in ("reduce_max", "reduce_min"):
        ps = [("axes", _tuple(params["axes"]))]
    elif name == "argmax" or name == "argmin":
        ps = [("axes", _tuple((params["axis"],)) if "axis" in params else "(0,)"),
              ("index_dtype", "int32")]
    elif name == "convert_element_type":
        ps = [("new_dtype", params["dtype"].name),
              ("weak_type", str(bool(params.get("weak_type", False))))]
    elif name == "transpose":
        ps = [("permutation", _tuple(params["perm"]))]
    elif name == "reshape":
        if tuple(ins[0].shape) == tuple(shape):
            return ins[0]
        ps = [("dimensions", "None"), ("new_sizes", _tuple(shape)), ("sharding", "None")]
    elif name == "select":
        name = "select_n"
    elif name == "broadcast_in_dim":
        if tuple(ins[0].shape) == tuple(shape):
            return ins[0]
        lead = len(shape) - len(ins[0].shape)
        dims = tuple(range(lead, len(shape)))
        if dims:
            ps = [("broadcast_dimensions", _tuple(dims))]
    elif name == "dot_general":
        ps = [("dimension_numbers", "(([1], [0]), ([], []))"),
              ("preferred_element_type", dtype.name)]
    elif name == "index":
        return _index(params["spec"], ins, shape, dtype, eqns)
    return _emit(eqns, name, ps, ins, shape, dtype)


def _index(spec, ins, shape, dtype, eqns):
    x = ins[0]
    kinds = {e[0] for e in spec}
    if not kinds <= {"i", "s"} or len(ins) > 1 or len(spec) > len(x.shape):
        return _emit(eqns, "gather", [], ins, shape, dtype)
    starts, limits, squeeze, strides = [], [], [], []
    for d, n in enumerate(x.shape):
        e = spec[d] if d < len(spec) else ("s", None, None, None)
        if e[0] == "i":
            i = e[1] + n if e[1] < 0 else e[1]
            starts.append(i)
            limits.append(i + 1)
            strides.append(1)
            squeeze.append(d)
        else:
            lo, hi, step = slice(e[1], e[2], e[3]).indices(n)
            if step < 0:
                return _emit(eqns, "gather", [], ins, shape, dtype)
            starts.append(lo)
            limits.append(max(lo, hi) if step == 1 else lo + (len(range(lo, hi, step)) - 1)
                          * step + 1 if hi > lo else lo)
            strides.append(step)
    full = all(s == 0 and lim == n for s, lim, n in zip(starts, limits, x.shape, strict=True))
    if not full or any(st != 1 for st in strides):
        sliced = tuple(len(range(s, lim, st)) for s, lim, st in zip(starts, limits, strides,
                                                                     strict=True))
        x = _emit(eqns, "slice", [("limit_indices", _tuple(limits)),
                                  ("start_indices", _tuple(starts)),
                                  ("strides", "None" if all(st == 1 for st in strides)
                                   else _tuple(strides))], [x], sliced, dtype)
    if squeeze:
        x = _emit(eqns, "squeeze", [("dimensions", _tuple(squeeze))], [x], shape, dtype)
    return x
