"""jax.make_jaxpr for jaxlite: the primitives jit records, printed as JAX prints a jaxpr."""

from jaxlite import _core as C
from jaxlite import tree_util as tu

_SHORT = {"float32": "f32", "float16": "f16", "bfloat16": "bf16", "float64": "f64",
          "int32": "i32", "int8": "i8", "int16": "i16", "int64": "i64", "uint8": "u8",
          "uint32": "u32", "uint16": "u16", "uint64": "u64", "bool": "bool"}
_WIDTH = 80  # JAX's pretty printer breaks what does not fit in 80 columns


def _var_name(n):
    s = ""
    while not s or n:
        n, i = divmod(n, 26)
        s = chr(97 + i) + s
    return s


def _type(x):
    dims = ",".join(str(d) for d in x.shape)
    return f"{_SHORT.get(x.dtype.name, x.dtype.name)}[{dims}]"


def _literal(x):
    v = x._v[0]
    if x.dtype.kind == "f":
        text = C.format_str([v], (), x.dtype.name)
        text = text if any(c in text for c in ".en") else text + ".0"
        text = text + "0" if text.endswith(".") else text
    else:
        text = str(bool(v) if x.dtype.kind == "b" else int(v))
    return f"{text}:{_type(x)}"


def _axes(axes):
    return f"({axes[0]},)" if len(axes) == 1 else "(" + ", ".join(map(str, axes)) + ")"


def _params(prim, params, ins, out):
    """JAX's name and parameters for a recorded primitive, in JAX's (sorted) order."""
    name = prim.name
    if name == "integer_pow":
        return name, [("y", str(params["y"]))]
    if name in ("reduce_sum", "reduce_max", "reduce_min", "reduce_prod"):
        return name, [("axes", _axes(tuple(params["axes"]))), ("out_sharding", "None")]
    if name == "convert_element_type":
        return name, [("new_dtype", params["dtype"].name),
                      ("weak_type", str(bool(params.get("weak_type", False))))]
    if name == "transpose":
        return name, [("permutation", _axes(tuple(params["perm"])))]
    if name == "reshape":
        return name, [("dimensions", "None"), ("new_sizes", _axes(tuple(out.shape))),
                      ("sharding", "None")]
    if name == "select":
        return "select_n", []
    return name, []


class Jaxpr:
    """What make_jaxpr returns: printing it shows the program as JAX would."""

    def __init__(self, text, out_shapes):
        self._text = text
        self.out_avals = out_shapes

    def __str__(self):
        return self._text

    __repr__ = __str__


def make_jaxpr(fun, static_argnums=(), axis_env=None, return_shape=False, abstracted_axes=None):
    if isinstance(static_argnums, int):
        static_argnums = (static_argnums,)

    def traced(*args, **kwargs):
        from jaxlite._api import _as_leaf

        # jaxlite broadcasts a Python scalar to its partner's shape before the primitive sees
        # it; JAX keeps the scalar as a literal, so remember which constants were scalars
        scalars = {}
        broadcast = C.broadcast_p.impl

        def remembering(x, shape):
            out = broadcast(x, shape=shape)
            if not x.shape:
                scalars[id(out)] = (x, out)
            return out

        C.broadcast_p.impl = remembering
        trace = C.JitTrace(getattr(fun, "__name__", "fun"))
        try:
            args = list(args)
            inputs = []
            for i, a in enumerate(args):
                if i in static_argnums:
                    continue
                leaves, tree = tu.tree_flatten(a)
                ts = [C.JitTracer(trace, _as_leaf(x), frozenset({i})) for x in leaves]
                inputs.extend(ts)
                args[i] = tu.tree_unflatten(tree, ts)
            out = fun(*args, **kwargs)
        finally:
            trace.finish()
            C.broadcast_p.impl = broadcast
        text = _render(trace, inputs, [_as_leaf(x) for x in tu.tree_leaves(out)], scalars)
        shapes = tu.tree_map(lambda x: C.ShapedArray(_as_leaf(x).shape, _as_leaf(x).dtype),
                             out)
        jaxpr = Jaxpr(text, shapes)
        return (jaxpr, shapes) if return_shape else jaxpr

    return traced


def _render(trace, inputs, outputs, scalars):
    names = {}
    consts = []
    produced = {id(o) for _, _, _, o in trace.ops}

    def name(t):
        if id(t) not in names:
            names[id(t)] = _var_name(len(names))
        return names[id(t)]

    def operand(t):
        if id(t) in names:
            return names[id(t)]
        value = t.val if isinstance(t, C.JitTracer) else t
        if id(value) in scalars:
            value = scalars[id(value)][0]
        if isinstance(value, C.Array) and not value.shape:
            return _literal(value)
        consts.append(t)
        return name(t)

    # constants captured from outside come first in JAX's numbering: find them up front
    seen_inputs = {id(t) for t in inputs}
    for _, _, tracers, _ in trace.ops:
        for t in tracers:
            v = t.val if isinstance(t, C.JitTracer) else t
            if (id(t) not in seen_inputs and id(t) not in produced and id(t) not in names
                    and isinstance(v, C.Array) and v.shape and id(v) not in scalars):
                consts.append(t)
                name(t)
    for t in inputs:
        name(t)
    eqns = []
    for prim, params, tracers, out in trace.ops:
        ins = [operand(t) for t in tracers]
        pname, ps = _params(prim, params, tracers, out)
        lhs = f"{name(out)}:{_type(out)}"
        eqns.append((lhs, pname, ps, ins))
    outs = [operand(o) if isinstance(o, C.JitTracer) and o._trace is trace
            else (_literal(o) if not o.shape else operand(o)) for o in outputs]
    header = (" ".join(f"{names[id(c)]}:{_type(c)}" for c in consts) + "; "
              + " ".join(f"{names[id(t)]}:{_type(t)}" for t in inputs))
    header = header if consts else "; " + header[2:]
    result = _axes(outs)

    def flat(e):
        lhs, pname, ps, ins = e
        p = "[" + " ".join(f"{k}={v}" for k, v in ps) + "]" if ps else ""
        return f"{lhs} = {pname}{p} " + " ".join(ins)

    one_line = (f"{{ lambda {header}. let " + "; ".join(flat(e) for e in eqns)
                + f" in {result} }}")
    if len(one_line) <= _WIDTH:
        return one_line
    lines = [f"{{ lambda {header}. let"]
    for e in eqns:
        text = "    " + flat(e)
        if len(text) > _WIDTH and e[2]:
            lhs, pname, ps, ins = e
            lines.append(f"    {lhs} = {pname}[")
            lines.extend(f"      {k}={v}" for k, v in ps)
            lines.append("    ] " + " ".join(ins))
        else:
            lines.append(text)
    lines.append(f"  in {result} }}")
    return "\n".join(lines)
