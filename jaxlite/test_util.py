"""jax.test_util for jaxlite: check_grads compares autodiff against finite differences.

Real JAX (jax/_src/public_test_util.py) does the finite differences and the
comparisons with numpy: a float32 leaf stays float32, a Python float is
float64, and failures are numpy.testing.assert_allclose's messages.  This
module follows it step by step, so the same checks pass and fail, with the
same numbers and text.  A numpy scalar of float64 is a Python float here.
"""

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
_GRAD_TOL = {"float32": 2e-3}
_CANONICAL = {"float64": "float32", "int64": "int32", "uint64": "uint32"}
# numpy.testing prints ACTUAL/DESIRED with array_repr(x, precision=6)
_REPORT_PRECISION = 6


class _LegacyNormal:
    """numpy's RandomState(seed).randn: MT19937 words and the polar Gaussian method, so the
    directions checked are the ones JAX's check_grads draws."""

    def __init__(self, seed):
        mt = [0] * 624
        mt[0] = seed & 0xFFFFFFFF
        for i in range(1, 624):
            mt[i] = (1812433253 * (mt[i - 1] ^ (mt[i - 1] >> 30)) + i) & 0xFFFFFFFF
        self.mt = mt
        self.index = 624
        self.cached = None

    def _word(self):
        if self.index >= 624:
            mt = self.mt
            for i in range(624):
                y = (mt[i] & 0x80000000) | (mt[(i + 1) % 624] & 0x7FFFFFFF)
                v = mt[(i + 397) % 624] ^ (y >> 1)
                if y & 1:
                    v ^= 0x9908B0DF
                mt[i] = v
            self.index = 0
        y = self.mt[self.index]
        self.index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C5680
        y ^= (y << 15) & 0xEFC60000
        y ^= y >> 18
        return y & 0xFFFFFFFF

    def _double(self):
        a = self._word() >> 5
        b = self._word() >> 6
        return (a * 67108864.0 + b) / 9007199254740992.0

    def gauss(self):
        if self.cached is not None:
            v, self.cached = self.cached, None
            return v
        while True:
            x1 = 2.0 * self._double() - 1.0
            x2 = 2.0 * self._double() - 1.0
            r2 = x1 * x1 + x2 * x2
            if 0.0 < r2 < 1.0:
                break
        f = _math.sqrt(-2.0 * _math.log(r2) / r2)
        self.cached = f * x1
        return f * x2


# --------------------------------------------------------------------------
# leaves as numpy sees them: flat values, shape and dtype name
# --------------------------------------------------------------------------


def _f32(v):
    try:
        return _struct.unpack("<f", _struct.pack("<f", v))[0]
    except OverflowError:
        return _math.copysign(_math.inf, v)


def _info(x):
    # Python scalars are what JAX's _dtype says: bool, int64, float64
    if isinstance(x, bool):
        return [x], (), "bool"
    if isinstance(x, int):
        return [x], (), "int64"
    if isinstance(x, float):
        return [x], (), "float64"
    a = _jnp.asarray(x)
    return _jnp.ravel(a).tolist(), tuple(a.shape), a.dtype.name


def _cast(v, dtype):
    # one arithmetic step on values of a dtype is done in double and rounded
    # once: exact for float32 (+, -, * of float32 operands fit in a double's
    # 53 bits or round correctly twice) and for float64 itself
    if dtype == "float32":
        return _f32(v)
    if dtype == "bool":
        return bool(v)
    if dtype.startswith(("int", "uint")):
        return int(v)
    return float(v)


def _rebuild(like, vals, shape, dtype):
    """A leaf like `like`: a Python scalar stays one (numpy's .item()), else a jaxlite array."""
    if isinstance(like, (bool, int, float)):
        return vals[0]
    return _jnp.reshape(_jnp.array(vals, dtype=dtype), shape)


def _rand_like(rng, x):
    vals, shape, dtype = _info(x)
    # numpy draws in float64 and casts to the leaf's dtype
    draws = [_cast(rng.gauss(), dtype) for _ in vals]
    return _rebuild(x, draws, shape, dtype)


def _scalar_mul(xs, a):
    def mul(x):
        vals, shape, dtype = _info(x)
        # np.multiply(x, np.array(a, dtype)): the scalar is cast to the leaf's dtype first
        a_ = _cast(a, dtype)
        return _rebuild(x, [_cast(v * a_, dtype) for v in vals], shape, dtype)

    return _tu.tree_map(mul, xs)


def _add(xs, ys, sign):
    # JAX's add/sub: the sum in the dtype of the left operand
    def op(x, y):
        xv, shape, dtype = _info(x)
        yv = _info(y)[0]
        return _rebuild(x, [_cast(a + sign * b, dtype) for a, b in zip(xv, yv, strict=True)],
                        shape, dtype)

    return _tu.tree_map(op, xs, ys)


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
    acc16 = [[0.0] * 16 for _ in range(4)]
    for i in range(0, n64, 64):
        for k in range(4):
            for lane in range(16):
                j = i + 16 * k + lane
                acc16[k][lane] = _f32(acc16[k][lane] + xs[j] * ys[j])
    acc = [[_f32(a[lane] + a[lane + 8]) for lane in range(8)] for a in acc16]
    for i in range(n64, n32, 32):
        for k in range(4):
            for lane in range(8):
                j = i + 8 * k + lane
                acc[k][lane] = _f32(acc[k][lane] + xs[j] * ys[j])
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


def _inner(xs, ys):
    parts = [_dot(x, y) for x, y in zip(_tu.tree_leaves(xs), _tu.tree_leaves(ys), strict=True)]
    total = parts[0]
    for p in parts[1:]:
        total = _np_add(total, p)
    return total


# --------------------------------------------------------------------------
# numpy.testing.assert_allclose, as JAX calls it
# --------------------------------------------------------------------------


def _tolerance(dtype, tol):
    dtype = _CANONICAL.get(dtype, dtype)
    if tol is None:
        return _GRAD_TOL.get(dtype, 0)
    if isinstance(tol, dict):
        table = dict(_GRAD_TOL)
        table.update({_jnp.dtype(k).name: v for k, v in tol.items()})
        return table.get(dtype, 0)
    return tol


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
    atol = max(_tolerance(ad, atol), _tolerance(bd, atol)) * len(av)
    rtol = max(_tolerance(ad, rtol), _tolerance(bd, rtol)) * len(bv)
    # JAX passes only nonzero tolerances; numpy's defaults are rtol=1e-7, atol=0
    atol = atol or 0
    rtol = rtol or 1e-7
    header = f"Not equal to tolerance rtol={rtol:g}, atol={atol:g}"
    actual, desired = (av, shape, ad), (bv, shape, bd)

    # nan and inf must sit at the same places (and infs agree); those places are then skipped
    nan_a = [v != v for v in av]
    if nan_a != [v != v for v in bv]:
        _fail(header, f"{err_msg}\nnan location mismatch:", actual, desired)
    inf_a = [_math.isinf(v) and not n for v, n in zip(av, nan_a, strict=True)]
    if inf_a != [_math.isinf(v) and not n for v, n in zip(bv, nan_a, strict=True)]:
        _fail(header, f"{err_msg}\ninf location mismatch:", actual, desired)
    infs = [i for i, f in enumerate(inf_a) if f]
    if any(av[i] != bv[i] for i in infs):
        if shape:
            actual = ([av[i] for i in infs], (len(infs),), ad)
            desired = ([bv[i] for i in infs], (len(infs),), bd)
        _fail(header, f"{err_msg}\ninf values mismatch:", actual, desired)
    kept = [i for i in range(len(av)) if not (nan_a[i] or inf_a[i])]

    # np.isclose: with two float32 arrays everything, the tolerances included, is float32
    single = ad == bd == "float32"
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
        if len(bad) == 1:
            remarks.append(f"Mismatch at index:\n{shown}")
        elif len(bad) <= 5:
            remarks.append(f"Mismatch at indices:\n{shown}")
        else:
            remarks.append(f"First 5 mismatches are at indices:\n{shown}")
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


def _check_close(xs, ys, atol=None, rtol=None, err_msg=""):
    _tu.tree_map(lambda a, b: _assert_allclose(a, b, atol, rtol, err_msg), xs, ys)


# --------------------------------------------------------------------------
# the public checks
# --------------------------------------------------------------------------


def check_jvp(f, f_jvp, args, atol=None, rtol=None, eps=_EPS, err_msg=""):
    rng = _LegacyNormal(0)
    tangent = _tu.tree_map(lambda x: _rand_like(rng, x), args)
    v_out, t_out = f_jvp(args, tangent)
    v_expected = f(*args)
    t_expected = _numerical_jvp(f, args, tangent, eps)
    _check_close(v_out, v_expected, atol, rtol, f"{err_msg} primal" if err_msg else "primal")
    _check_close(t_out, t_expected, atol, rtol, f"{err_msg} tangent" if err_msg else "tangent")


def check_vjp(f, f_vjp, args, atol=None, rtol=None, eps=_EPS, err_msg=""):
    rng = _LegacyNormal(0)
    v_out, vjpfun = f_vjp(*args)
    v_expected = f(*args)
    _check_close(v_out, v_expected, atol, rtol, f"{err_msg} primal" if err_msg else "primal")
    tangent = _tu.tree_map(lambda x: _rand_like(rng, x), args)
    tangent_out = _numerical_jvp(f, args, tangent, eps)
    cotangent = _tu.tree_map(lambda x: _rand_like(rng, x), v_out)
    cotangent_out = vjpfun(cotangent)
    ip = _inner(tangent, cotangent_out)
    ip_expected = _inner(tangent_out, cotangent)
    _check_close(ip, ip_expected, atol, rtol,
                 f"{err_msg} cotangent projection" if err_msg else "cotangent projection")


def _jvp_from_lin(f, primals, tangents):
    primal_out, f_lin = _api.linearize(f, *primals)
    return primal_out, f_lin(*tangents)


def check_grads(f, args, order, modes=("fwd", "rev"), atol=None, rtol=None, eps=None):
    args = tuple(args)
    eps = eps or _EPS

    def _check(f, args, order, err_msg=""):
        if "fwd" in modes:
            msg = f"JVP of {err_msg}" if err_msg else "JVP"
            check_jvp(f, lambda p, t: _api.jvp(f, p, t), args, atol, rtol, eps, msg)
            if order > 1:
                _check(lambda p, t: _api.jvp(f, p, t), (args, args), order - 1, msg)
        if "rev" in modes:
            msg = f"VJP of {err_msg}" if err_msg else "VJP"
            check_vjp(f, lambda *a: _api.vjp(f, *a), args, atol, rtol, eps, msg)
            if order > 1:
                def f_vjp(*a):
                    out, vjp_fn = _api.vjp(f, *a)
                    return vjp_fn(out)
                _check(f_vjp, args, order - 1, msg)
        if "lin" in modes:
            msg = f"LIN of {err_msg}" if err_msg else "LIN"
            check_jvp(f, lambda p, t: _jvp_from_lin(f, p, t), args, atol, rtol, eps, msg)
            if order > 1:
                _check(lambda p, t: _jvp_from_lin(f, p, t), (args, args), order - 1, msg)

    _check(f, args, order)


__getattr__ = _module_getattr("jax.test_util")
