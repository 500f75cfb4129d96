"""jax.test_util for jaxlite: check_grads compares autodiff against finite differences.

Real JAX (jax/_src/public_test_util.py) does the finite differences and the
comparisons with numpy: a float32 leaf stays float32, a Python float is
float64, and failures are numpy.testing.assert_allclose's messages.  This
module follows it step by step, so the same checks pass and fail, with the
same numbers and text.  A numpy scalar of float64 is a Python float here.
"""

import cmath as _cmath
import functools as _functools
import math as _math
import struct as _struct

from jaxlite import _api, _format
from jaxlite import numpy as _jnp
from jaxlite import tree_util as _tu
from jaxlite._missing import module_getattr as _module_getattr

_EPS = 1e-4
# JAX's default_gradient_tolerance, looked up after canonicalising the dtype
# (float64 -> float32 without x64), so Python floats get float32's tolerance too;
# integer and bool dtypes get 0.
_GRAD_TOL = {"float32": 2e-3, "complex64": 1e-3}
_CANONICAL = {"float64": "float32", "int64": "int32", "uint64": "uint32",
              "complex128": "complex64"}
# numpy.testing prints ACTUAL/DESIRED with array_repr(x, precision=6)
_REPORT_PRECISION = 6


def _legacy_normals(seed):
    """numpy's RandomState(seed).randn values, so the directions checked are the ones JAX's
    check_grads draws: the polar Gaussian method on MT19937 doubles.  Python's random.Random
    is the same generator and builds a double from two words as numpy does; only the seeding
    differs."""
    mt = [seed & 0xFFFFFFFF]  # numpy's init_genrand
    for i in range(1, 624):
        mt.append((1812433253 * (mt[-1] ^ (mt[-1] >> 30)) + i) & 0xFFFFFFFF)
    import random  # here, not at the top: `import jax` need not load it

    rng = random.Random(0)
    rng.setstate((3, (*mt, 624), None))
    while True:
        x1 = 2.0 * rng.random() - 1.0
        x2 = 2.0 * rng.random() - 1.0
        r2 = x1 * x1 + x2 * x2
        if 0.0 < r2 < 1.0:
            f = _math.sqrt(-2.0 * _math.log(r2) / r2)
            yield f * x2
            yield f * x1


# ---- leaves as numpy sees them: flat values, shape and dtype name ----


def _f32(v):
    try:
        return _struct.unpack("<f", _struct.pack("<f", v))[0]
    except OverflowError:
        return _math.copysign(_math.inf, v)


def _info(x):
    # Python scalars are what JAX's _dtype says: bool, int64, float64
    for t, name in ((bool, "bool"), (int, "int64"), (float, "float64")):
        if isinstance(x, t):
            return [x], (), name
    a = _jnp.asarray(x)
    return _jnp.ravel(a).tolist(), tuple(a.shape), a.dtype.name


def _cast(v, dtype):
    # one arithmetic step on values of a dtype is done in double and rounded
    # once: exact for float32 (+, -, * of float32 operands fit in a double's
    # 53 bits or round correctly twice) and for float64 itself
    if dtype == "float32":
        return _f32(v)
    if dtype == "complex64":
        return complex(_f32(v.real), _f32(v.imag))
    if dtype == "bool":
        return bool(v)
    if dtype.startswith(("int", "uint")):
        return int(v)
    return float(v)


def _leafwise(fn, x, *ys):
    """A leaf like x of fn(dtype, value of x, values of ys...), rounded to x's dtype."""
    xv, shape, dtype = _info(x)
    yvs = [_info(y)[0] for y in ys]
    vals = [_cast(fn(dtype, *v), dtype) for v in zip(xv, *yvs, strict=True)]
    if isinstance(x, (bool, int, float)):  # a Python scalar stays one (numpy's .item())
        return vals[0]
    return _jnp.reshape(_jnp.array(vals, dtype=dtype), shape)


def _rand_like(rng, xs):
    # numpy draws in float64 and casts to the leaf's dtype; a complex leaf draws all its real
    # parts, then all its imaginary parts
    def draw(x):
        if _info(x)[2] != "complex64":
            return _leafwise(lambda dtype, v: next(rng), x)
        re_ = _leafwise(lambda dtype, v: next(rng), x)
        im_ = _leafwise(lambda dtype, v: next(rng), x)
        return _leafwise(lambda dtype, v, a, b: complex(a.real, b.real), x, re_, im_)
    return _tu.tree_map(draw, xs)


def _scalar_mul(xs, a):
    # np.multiply(x, np.array(a, dtype)): the scalar is cast to the leaf's dtype first
    return _tu.tree_map(lambda x: _leafwise(lambda dtype, v: v * _cast(a, dtype), x), xs)


def _add(xs, ys, sign):
    # JAX's add/sub: the sum in the dtype of the left operand
    return _tu.tree_map(lambda x, y: _leafwise(lambda dtype, a, b: a + sign * b, x, y), xs, ys)


def _safe_sub(x, y):
    # inf - inf counts as 0; the difference is always a numpy array, never a Python scalar
    xv, shape, dtype = _info(x)
    yv = _info(y)[0]
    vals = [_cast(0, dtype) if a == b else _cast(a - _cast(b, dtype), dtype)
            for a, b in zip(xv, yv, strict=True)]
    if dtype == "float64":
        return vals[0]
    return _jnp.reshape(_jnp.array(vals, dtype=dtype), shape)


def _numerical_jvp(f, primals, tangents, eps):
    delta = _scalar_mul(tangents, eps)
    f_pos = f(*_add(primals, delta, 1))
    f_neg = f(*_add(primals, delta, -1))
    return _scalar_mul(_tu.tree_map(_safe_sub, f_pos, f_neg), 0.5 / eps)


def _sdot(xs, ys):
    """np.dot of two float32 vectors: OpenBLAS sdot on x86-64 with AVX-512 (the reference).

    Below 32 elements the float32 products are summed in double.  Blocks of 32
    go to a kernel with fused multiply-adds into 16-lane (blocks of 64) and
    then 8-lane float32 accumulators, folded pairwise at the end.
    """
    n = len(xs)
    n32 = n & -32
    n64 = n & -64

    def accumulate(acc, start, stop):  # four accumulators take a block of products each in turn
        width = len(acc[0])
        for i in range(start, stop, 4 * width):
            for k in range(4):
                for lane in range(width):
                    j = i + width * k + lane
                    acc[k][lane] = _f32(acc[k][lane] + xs[j] * ys[j])
        return acc

    acc16 = accumulate([[0.0] * 16 for _ in range(4)], 0, n64)
    acc = accumulate([[_f32(a[lane] + a[lane + 8]) for lane in range(8)] for a in acc16], n64, n32)
    kernel = 0.0
    if n32:
        lanes = [_f32(_f32(_f32(acc[0][i] + acc[1][i]) + acc[2][i]) + acc[3][i])
                 for i in range(8)]
        half = [_f32(lanes[i] + lanes[i + 4]) for i in range(4)]
        kernel = _f32(_f32(half[0] + half[1]) + _f32(half[2] + half[3]))
    total = 0.0
    for j in range(n32, n):
        total += _f32(xs[j] * ys[j])
    return _f32(total + kernel)


def _dot(x, y):
    xv, _, xd = _info(x)
    yv, _, yd = _info(y)
    if xd == yd == "float32":
        return _jnp.array(_sdot(xv, yv), dtype="float32")
    if "complex64" in (xd, yd):
        # the real part of <conj(x), y>, as JAX's inner product of complex leaves
        total = 0j
        for a, b in zip(xv, yv, strict=True):
            total = _cast(total + _cast(complex(a).conjugate() * b, "complex64"), "complex64")
        return _jnp.array(_f32(total.real), dtype="float32")
    # anything else promotes to float64 (in practice a single Python float)
    total = 0.0
    for a, b in zip(xv, yv, strict=True):
        total += a * b
    return total


def _np_add(a, b):
    (av,), _, ad = _info(a)
    (bv,), _, bd = _info(b)
    if ad == bd == "float32":
        return _jnp.array(_f32(av + bv), dtype="float32")
    return av + bv


def _conj(xs):
    def conj(x):
        if _info(x)[2] != "complex64":
            return x
        return _leafwise(lambda dtype, v: complex(v).conjugate(), x)
    return _tu.tree_map(conj, xs)


def _inner(xs, ys):
    parts = [_dot(x, y) for x, y in zip(_tu.tree_leaves(xs), _tu.tree_leaves(ys), strict=True)]
    return _functools.reduce(_np_add, parts[1:], parts[0])


# ---- numpy.testing.assert_allclose, as JAX calls it ----


def _tolerance(dtype, tol):
    if tol is not None and not isinstance(tol, dict):
        return tol
    table = {**_GRAD_TOL, **{_jnp.dtype(k).name: v for k, v in (tol or {}).items()}}
    return table.get(_CANONICAL.get(dtype, dtype), 0)


def _repr(vals, shape, dtype):
    text = _format.format_numpy_repr(vals, shape, dtype, _REPORT_PRECISION)
    # build_err_msg keeps three lines of a long array
    if text.count("\n") > 3:
        text = "\n".join(text.splitlines()[:3]) + "..."
    return text


def _fail(header, err_msg, actual, desired):
    lines = ["\n" + header, err_msg,
             f" ACTUAL: {_repr(*actual)}", f" DESIRED: {_repr(*desired)}"]
    raise AssertionError("\n".join(lines))


def _index(i, shape):
    idx = []
    for n in reversed(shape):
        idx.append(i % n)
        i //= n
    return list(reversed(idx))


def _item_text(v):
    # format(numpy scalar, '') goes through the Python float/int/bool
    return repr(float(v)) if isinstance(v, float) else str(v)


def _assert_allclose(a, b, atol, rtol, err_msg):
    av, shape, ad = _info(a)
    bv, b_shape, bd = _info(b)
    assert shape == b_shape
    # JAX passes only nonzero tolerances; numpy's defaults are rtol=1e-7, atol=0
    atol = max(_tolerance(ad, atol), _tolerance(bd, atol)) * len(av) or 0
    rtol = max(_tolerance(ad, rtol), _tolerance(bd, rtol)) * len(bv) or 1e-7
    header = f"Not equal to tolerance rtol={rtol:g}, atol={atol:g}"
    actual, desired = (av, shape, ad), (bv, shape, bd)

    # nan and inf must sit at the same places (and infs agree); those places are then skipped
    nan_a = [v != v for v in av]
    if nan_a != [v != v for v in bv]:
        _fail(header, f"{err_msg}\nnan location mismatch:", actual, desired)
    inf_a = [_cmath.isinf(v) and not n for v, n in zip(av, nan_a, strict=True)]
    if inf_a != [_cmath.isinf(v) and not n for v, n in zip(bv, nan_a, strict=True)]:
        _fail(header, f"{err_msg}\ninf location mismatch:", actual, desired)
    infs = [i for i, f in enumerate(inf_a) if f]
    if any(av[i] != bv[i] for i in infs):
        if shape:
            actual = ([av[i] for i in infs], (len(infs),), ad)
            desired = ([bv[i] for i in infs], (len(infs),), bd)
        _fail(header, f"{err_msg}\ninf values mismatch:", actual, desired)
    kept = [i for i in range(len(av)) if not (nan_a[i] or inf_a[i])]

    # np.isclose: with two float32 arrays everything, the tolerances included, is float32
    single = ad == bd == "float32" or ad == bd == "complex64"
    ints = ad.startswith(("int", "uint")) and bd.startswith(("int", "uint"))
    rnd = _f32 if single else float
    atol_, rtol_ = rnd(atol), rnd(rtol)
    bad = [i for i in kept
           if not (rnd(abs(av[i] - bv[i])) <= rnd(atol_ + rnd(rtol_ * abs(bv[i])))
                   or av[i] == bv[i])]
    if not bad:
        return

    n_all = len(av)
    remarks = [f"Mismatched elements: {len(bad)} / {n_all} ({100 * len(bad) / n_all:.3g}%)"]
    if shape:
        shown = "\n".join(
            f" {_index(i, shape)}: {_item_text(av[i])} (ACTUAL), {_item_text(bv[i])} (DESIRED)"
            for i in bad[:5])
        where = ("Mismatch at index" if len(bad) == 1 else "Mismatch at indices"
                 if len(bad) <= 5 else "First 5 mismatches are at indices")
        remarks.append(f"{where}:\n{shown}")
    # |x - y| in the arrays' common dtype; integers subtract exactly and divide into float64
    err_dtype = "float32" if single else ("int64" if ints else "float64")
    errors = {i: (abs(av[i] - bv[i]) if ints else rnd(abs(av[i] - bv[i]))) for i in bad}
    max_abs = max(errors.values())
    remarks.append("Max absolute difference among violations: "
                   + _format.format_numpy_scalar(max_abs, err_dtype))
    rels = [rnd(errors[i] / abs(bv[i])) for i in bad if bv[i] != 0]
    rel_dtype = "float32" if single else "float64"
    max_rel = max(rels) if rels else _math.inf
    remarks.append("Max relative difference among violations: "
                   + _format.format_numpy_scalar(max_rel, rel_dtype))
    _fail(header, err_msg + "\n" + "\n".join(remarks), actual, desired)


def _check_close(xs, ys, atol, rtol, err_msg, what):
    err_msg = f"{err_msg} {what}" if err_msg else what
    _tu.tree_map(lambda a, b: _assert_allclose(a, b, atol, rtol, err_msg), xs, ys)


# ---- the public checks ----


def check_jvp(f, f_jvp, args, atol=None, rtol=None, eps=_EPS, err_msg=""):
    tangent = _rand_like(_legacy_normals(0), args)
    v_out, t_out = f_jvp(args, tangent)
    v_expected = f(*args)
    t_expected = _numerical_jvp(f, args, tangent, eps)
    _check_close(v_out, v_expected, atol, rtol, err_msg, "primal")
    _check_close(t_out, t_expected, atol, rtol, err_msg, "tangent")


def check_vjp(f, f_vjp, args, atol=None, rtol=None, eps=_EPS, err_msg=""):
    rng = _legacy_normals(0)
    v_out, vjpfun = f_vjp(*args)
    v_expected = f(*args)
    _check_close(v_out, v_expected, atol, rtol, err_msg, "primal")
    tangent = _rand_like(rng, args)
    tangent_out = _numerical_jvp(f, args, tangent, eps)
    cotangent = _rand_like(rng, v_out)
    # conjugated on the way in and out, so complex leaves pair as <conj(a), b>
    cotangent_out = _conj(vjpfun(_conj(cotangent)))
    ip = _inner(tangent, cotangent_out)
    ip_expected = _inner(tangent_out, cotangent)
    _check_close(ip, ip_expected, atol, rtol, err_msg, "cotangent projection")


def check_grads(f, args, order, modes=("fwd", "rev"), atol=None, rtol=None, eps=None):
    args = tuple(args)
    eps = eps or _EPS

    def _check(f, args, order, err_msg=""):
        def f_lin(primals, tangents):  # a JVP computed through linearize
            primal_out, f_jvp = _api.linearize(f, *primals)
            return primal_out, f_jvp(*tangents)

        def f_vjp(*primals):  # the VJP of the output itself, checked at the next order
            out, vjp_fn = _api.vjp(f, *primals)
            return vjp_fn(out)

        for mode, label in (("fwd", "JVP"), ("rev", "VJP"), ("lin", "LIN")):
            if mode not in modes:
                continue
            msg = f"{label} of {err_msg}" if err_msg else label
            if mode == "rev":
                check_vjp(f, lambda *a: _api.vjp(f, *a), args, atol, rtol, eps, msg)
                if order > 1:
                    _check(f_vjp, args, order - 1, msg)
            else:
                f_jvp = f_lin if mode == "lin" else (lambda p, t: _api.jvp(f, p, t))
                check_jvp(f, f_jvp, args, atol, rtol, eps, msg)
                if order > 1:
                    _check(f_jvp, (args, args), order - 1, msg)

    _check(f, args, order)


__getattr__ = _module_getattr("jax.test_util")
