"""jax.numpy.linalg for jaxlite: norms and small dense linear algebra built from primitives."""

import functools as _functools
import math as _math
import operator as _operator

from jaxlite import _core as _C
from jaxlite import numpy as _jnp
from jaxlite._missing import module_getattr as _module_getattr


def norm(x, ord=None, axis=None, keepdims=False):
    x = _jnp.asarray(x)
    if x.dtype.kind != "f":
        x = _jnp.astype(x, _C.float32)
    if axis is None:
        if ord is None or (ord in ("fro", "f") and x.ndim == 2):
            if x.size == 1:
                # with nothing to add up XLA simplifies sqrt(x * x) to |x|; the derivative
                # still follows sqrt(x * x), so it is nan at 0 as in JAX
                r = _single_norm()(_jnp.reshape(x, ()))
            else:
                # XLA fuses the square into the sum as a multiply-add chain, as a dot product
                r = _jnp.sqrt(_jnp.vdot(x, x))
            return _jnp.reshape(r, (1,) * x.ndim) if keepdims else r
        if x.ndim == 1:
            axis = 0
        elif x.ndim == 2:
            axis = (0, 1)
        else:
            raise ValueError("Improper number of axes for norm")
    if isinstance(axis, int) or (isinstance(axis, tuple) and len(axis) == 1):
        ax = axis if isinstance(axis, int) else axis[0]
        a = _jnp.abs(x)
        if (ord is None or ord == 2) and x.shape[ax] == 1:  # nothing to add: as above
            r = _single_norm()(x)
            return r if keepdims else _jnp.squeeze(r, ax)
        if ord is None or ord == 2:
            return _jnp.sqrt(_jnp.sum(x * x, axis=ax, keepdims=keepdims))
        if ord == _math.inf or ord == "inf":
            return _jnp.max(a, axis=ax, keepdims=keepdims)
        if ord == -_math.inf:
            return _jnp.min(a, axis=ax, keepdims=keepdims)
        if ord == 0:
            return _jnp.sum(_jnp.astype(a != 0, x.dtype), axis=ax, keepdims=keepdims)
        if ord == 1:
            return _jnp.sum(a, axis=ax, keepdims=keepdims)
        return _jnp.power(_jnp.sum(_jnp.power(a, ord), axis=ax, keepdims=keepdims), 1.0 / ord)
    r0, c0 = axis
    if ord is None or ord in ("fro", "f"):
        return _jnp.sqrt(_jnp.sum(x * x, axis=axis, keepdims=keepdims))
    a = _jnp.abs(x)
    if ord == 1 or ord == _math.inf:
        # the largest column sum (ord 1) or row sum (inf): a sum over one axis, a max over the other
        s, m = (r0, c0) if ord == 1 else (c0, r0)
        if keepdims:
            return _jnp.max(_jnp.sum(a, axis=s, keepdims=True), axis=axis, keepdims=True)
        return _jnp.max(_jnp.sum(a, axis=s), axis=m - (1 if m > s else 0))
    if ord in (2, -2, "nuc"):
        nd = x.ndim
        r0, c0 = r0 % nd, c0 % nd
        sv = svd(_jnp.moveaxis(x, (r0, c0), (-2, -1)), compute_uv=False)
        r = (_jnp.max if ord == 2 else _jnp.min if ord == -2 else _jnp.sum)(sv, axis=-1)
        return _jnp.expand_dims(r, tuple(sorted((r0, c0)))) if keepdims else r
    raise _C._not_available(f"jax.numpy.linalg.norm(ord={ord!r}) for matrices")


@_functools.cache
def _single_norm():
    from jaxlite._api import custom_jvp
    f = custom_jvp(lambda x: _jnp.abs(x))

    def rule(primals, tangents):
        (x,), (t,) = primals, tangents
        ans = f(x)
        return ans, (t * x + x * t) * (0.5 / ans)
    f.defjvp(rule)
    return f


def _eliminate(rows, rhs, magnitude, sub_scaled, div, solve_div):
    """Gaussian elimination with partial pivoting on lists of rows, in the arithmetic given:
    magnitude(v) ranks pivots, sub_scaled(y, f, x) is y - f * x, div(x, d) is x / d for
    numbers and solve_div(x, d) for the right-hand side.  Gives the solution rows, the
    reduced rows and the sign of the row permutation."""
    n = len(rows)
    sign = 1.0
    for k in range(n):
        piv = max(range(k, n), key=lambda i: magnitude(rows[i][k]))
        if piv != k:
            rows[k], rows[piv] = rows[piv], rows[k]
            rhs[k], rhs[piv] = rhs[piv], rhs[k]
            sign = -sign
        if rows[k][k] == 0:  # a zero column: getrf leaves it, and the rows below, as they are
            continue
        for i in range(k + 1, n):
            f = div(rows[i][k], rows[k][k])
            rows[i] = sub_scaled(rows[i], f, rows[k])
            rhs[i] = sub_scaled(rhs[i], f, rhs[k])
    xs = [None] * n
    for i in reversed(range(n)):
        acc = rhs[i]
        for j in range(i + 1, n):
            acc = sub_scaled(acc, rows[i][j], xs[j])
        xs[i] = solve_div(acc, rows[i][i])
    return xs, rows, sign


def _lu_solve_values(a, b):
    """Solve a x = b by partial-pivoting elimination in float32 arithmetic, operation by
    operation as LAPACK's getrf and the triangular solves round it."""
    cplx = any(isinstance(v, complex) for row in a for v in row)
    rnd = _C.c64 if cplx else _C.f32  # complex64 rounds each part to float32
    div = _cdiv if cplx else _div

    def sub_scaled(y, f, x):  # both operations rounded as the array operations are
        if not isinstance(x, list):
            return rnd([y - rnd([f * x])[0]])[0]
        return rnd([yi - pi for yi, pi in zip(y, rnd([f * xi for xi in x]), strict=True)])

    def div_row(x, d):
        # a row divided by one number is multiplied by its float32 reciprocal, as XLA does
        r = div(1.0, d)
        return rnd([v * r for v in x])

    solve_div = div_row if isinstance(b[0], list) else div
    return _eliminate([list(row) for row in a], list(b), abs, sub_scaled, div, solve_div)[0]


def _cdiv(x, d):
    if d:
        return _C.c64([x / d])[0]
    return complex(_math.nan, _math.nan)


def _div(x, d):
    if d:
        return _C.f32([x / d])[0]
    # float32 division by zero, as IEEE arithmetic gives it (Python raises instead)
    if x == 0 or x != x:
        return _math.nan
    return _math.copysign(_math.inf, x) * _math.copysign(1.0, d)


# ---------------------------------------------------------------------------
# linear-algebra primitives
#
# Each decomposition is one primitive over a stack of matrices (..., m, n): its value comes
# from plain Python arithmetic on the concrete numbers (pivoting and iterations need them),
# so vmap only moves the mapped axis to the front, and its derivative is JAX's JVP rule
# written with jnp operations.  Reverse mode transposes that rule, as JAX linearizes it.
# Several outputs travel as one flat array, see _pack.

_EPS32 = 2.0 ** -24  # LAPACK's slamch('E'): the unit roundoff its stopping tests use


def _primitive(name, impl, jvp, vjp=None, zero_parts=None):
    p = _C.Primitive(name)
    p.impl = impl
    p.jvp = jvp
    p.vjp = vjp or _transposed(jvp, zero_parts)

    def batch(vals, dims, size, **params):
        vals = [_C.broadcast_leading(v, size) if d is None else
                (_jnp.moveaxis(v, d, 0) if d else v) for v, d in zip(vals, dims, strict=True)]
        return p.bind(*vals, **params), 0
    p.batch = batch
    return p


def _transposed(jvp, zero_parts=None):
    """A vjp rule from a jvp rule that is linear in the tangents: trace it for reverse mode.

    JAX's transposition skips the outputs whose cotangent is a symbolic zero; here
    zero_parts(values, out, shape, **params) names the packed outputs whose cotangent is known to be
    all zeros, and the rule leaves their tangents out, so that an eigenvalue's gradient stays
    finite where the eigenvectors' derivative is infinite (repeated eigenvalues)."""
    def vjp(ct, out, *primals, **params):
        skip = ()
        if zero_parts is not None:
            values = _known_values(ct)
            if values is not None:
                skip = zero_parts(values, out, primals[0].shape, **params)
        trace = _C.VJPTrace()
        try:
            ts = [trace.new_input(_C.zeros_like_aval(x)) for x in primals]
            extra = {"skip": skip} if zero_parts is not None else {}
            _, tout = jvp(list(primals), ts, out=out, **params, **extra)
        finally:
            trace.finish()
        if not (isinstance(tout, _C.VJPTracer) and tout._trace is trace and tout.node):
            return (None,) * len(primals)
        cts = trace.backward([(tout.node, ct)])
        return tuple(cts.get(id(t.node)) for t in ts)
    return vjp


def _known_values(x):
    """x's flat values when no transformation hides them (vmap's stacked values do, unless
    the mapped axis is one of the last two), else None."""
    while isinstance(x, _C.Tracer):
        if isinstance(x, _C.BatchTracer):
            if x.bdim is not None and x.bdim >= x.val.ndim - 2:
                return None
        elif not isinstance(x, _C.JitTracer):
            return None  # a cotangent with a derivative of its own: keep every term
        x = x.val
    return x._values


def _all_zero(values, period, lo, hi):
    return all(v == 0 for i, v in enumerate(values) if lo <= i % period < hi)


def _pack(*xs):
    """Arrays with equal leading dims (..., *core) as one (..., total) array."""
    nb = xs[0].ndim - _pack_core
    flat = [_jnp.reshape(x, x.shape[:nb] + (-1,)) for x in xs]
    return flat[0] if len(flat) == 1 else _jnp.concatenate(flat, axis=-1)


_pack_core = 2  # every packed part has two core dims (vectors are packed as (k, 1))


def _unpack(flat, cores):
    out, off = [], 0
    batch = flat.shape[:-1]
    for core in cores:
        n = _C.prod(core)
        out.append(_jnp.reshape(flat[..., off:off + n], batch + core))
        off += n
    return out


def _matrices(x):
    """The matrices of a concrete (..., m, n) array as lists of rows of Python floats."""
    m, n = x.shape[-2:]
    v = x._values
    return [[list(v[k + i * n:k + (i + 1) * n]) for i in range(m)]
            for k in range(0, len(v), m * n)] if m * n else [[[]] * m] * _C.prod(x.shape[:-2])


def _array(batch, rows_per_matrix, core, dtype=_C.float32):
    vals = []
    for rows in rows_per_matrix:
        for r in rows:
            vals.extend(r)
    return _C.new_array(_C.round_to(vals, dtype), tuple(batch) + tuple(core), dtype)


def _mT(x):
    return _jnp.swapaxes(x, -1, -2)


def _mH(x):
    """The conjugate transpose (the transpose of a real matrix)."""
    return _jnp.conjugate(_mT(x)) if x.dtype.kind == "c" else _mT(x)


# --- solve: LU with partial pivoting ------------------------------------------------------


def _solve_impl(a, b, vector):
    n = a.shape[-1]
    outs = []
    for am, bm in zip(_matrices(a), _batched_rhs(b, vector), strict=True):
        xs = _lu_solve_values(am, bm) if n else []
        outs.append(xs if not vector else [xs])
    vals = [v for rows in outs for r in rows for v in r]
    if b.dtype.kind == "c":
        return _C.new_array(_C.c64(vals), b.shape, b.dtype)
    return _C.new_array(vals, b.shape, _C.float32)


def _batched_rhs(b, vector):
    if not vector:
        return _matrices(b)
    n = b.shape[-1]
    v = b._values
    return [list(v[k:k + n]) for k in range(0, len(v), n)] if n else [[]] * _C.prod(b.shape[:-1])


def _matvec(a, x, vector):
    return _jnp.matmul(a, x[..., None])[..., 0] if vector else _jnp.matmul(a, x)


def _solve_jvp(primals, tangents, vector, out=None):
    (a, b), (da, db) = primals, tangents
    x = _solve_p.bind(a, b, vector=vector) if out is None else out
    return x, _solve_p.bind(a, db - _matvec(da, x, vector), vector=vector)


def _solve_vjp(ct, x, a, b, vector):
    ct_b = _solve_p.bind(_mT(a), ct, vector=vector)
    if vector:
        ct_a = -(ct_b[..., :, None] * x[..., None, :])
    else:
        ct_a = -_jnp.matmul(ct_b, _mT(x))
    return ct_a, ct_b


_solve_p = _primitive("linalg_solve", _solve_impl, _solve_jvp, _solve_vjp)


def _float(x):
    x = _jnp.asarray(x)
    return x if x.dtype.kind in "fc" else _jnp.astype(x, _C.float32)


@_C.fused
def solve(a, b):
    a, b = _jnp.asarray(a), _jnp.asarray(b)
    if "c" in (a.dtype.kind, b.dtype.kind):
        a, b = _jnp.astype(a, _C.complex64), _jnp.astype(b, _C.complex64)
    elif a.dtype.kind != "f" or b.dtype.kind != "f":
        a, b = _jnp.astype(a, _C.float32), _jnp.astype(b, _C.float32)
    if a.ndim < 2:
        raise ValueError(f"left hand array must be at least two dimensional; got a.shape={a.shape}")
    if b.ndim > 1 and a.ndim == b.ndim + 1 and a.shape[-1] == b.shape[-1] != b.shape[-2]:
        raise ValueError(
            f"Invalid shapes for solve: {a.shape}, {b.shape}. Prior to JAX v0.5.0, this would "
            "have been treated as a batched 1-dimensional solve. To recover this behavior, use "
            "solve(a, b[..., None]).squeeze(-1).")
    # As jnp.vectorize with JAX's signature: a is (..., m, m), b is (m,) or (..., m, n).
    signature = "(m,m),(m)->(m)" if b.ndim == 1 else "(m,m),(m,n)->(m,n)"
    m = a.shape[-2]
    for size in (a.shape[-1], b.shape[0] if b.ndim == 1 else b.shape[-2]):
        if size != m:
            raise ValueError(
                f"inconsistent size for core dimension 'm': {size} vs {m} on vectorized "
                f"function with excluded=frozenset() and signature={signature!r}")
    core = 1 if b.ndim == 1 else 2
    batch = _jnp.broadcast_shapes(a.shape[:-2], b.shape[:b.ndim - core])
    a = _jnp.broadcast_to(a, batch + a.shape[-2:])
    b = _jnp.broadcast_to(b, batch + b.shape[b.ndim - core:])
    return _solve_p.bind(a, b, vector=core == 1)


@_C.fused
def inv(a):
    a = _jnp.asarray(a)
    if a.ndim < 2 or a.shape[-1] != a.shape[-2]:
        raise ValueError(f"Argument to inv must have shape [..., n, n], got {a.shape}.")
    return solve(a, _jnp.broadcast_to(_jnp.eye(a.shape[-1], dtype=_float(a).dtype), a.shape))


# --- determinants ---------------------------------------------------------------------------


def _lu_diagonal(rows):
    """The diagonal of U and the permutation's sign from float32 elimination, as getrf."""
    n = len(rows)
    def sub_scaled(y, f, x):
        return _C.f32([yi - pi for yi, pi in zip(y, _C.f32([f * xi for xi in x]), strict=True)])
    _, reduced, sign = _eliminate([list(r) for r in rows], [0.0] * n, abs,
                                  lambda y, f, x: sub_scaled(y, f, x) if isinstance(x, list)
                                  else 0.0, _div, _div)
    return [reduced[i][i] for i in range(n)], sign


def _slogdet_impl(a):
    signs, absdiag = [], []
    for rows in _matrices(a):
        diag, sign = _lu_diagonal(rows)
        neg = sum(1 for d in diag if d < 0)
        signs.append(0.0 if any(d == 0 for d in diag) else sign * (-1.0) ** neg)
        absdiag.extend(abs(d) for d in diag)
    batch, n = a.shape[:-2], a.shape[-1]
    logs = _jnp.sum(_jnp.log(_C.new_array(absdiag, batch + (n,), _C.float32)), axis=-1)
    sign = _C.new_array(signs, batch, _C.float32)
    return _pack(sign[..., None, None], logs[..., None, None])


def _slogdet_jvp(primals, tangents, out=None):
    (a,), (g,) = primals, tangents
    out = _slogdet_p.bind(a) if out is None else out
    t = _jnp.trace(solve(a, g), axis1=-2, axis2=-1)
    return out, _pack(_jnp.zeros_like(t)[..., None, None], t[..., None, None])


_slogdet_p = _primitive("linalg_slogdet", _slogdet_impl, _slogdet_jvp)


def _slogdet_small_impl(a):
    # JAX's closed forms for n = 1 and 2
    d = a[..., 0, 0] if a.shape[-1] == 1 else (
        a[..., 0, 0] * a[..., 1, 1] - a[..., 0, 1] * a[..., 1, 0])
    return _pack(_jnp.sign(d)[..., None, None], _jnp.log(_jnp.abs(d))[..., None, None])


def _slogdet_small_jvp(primals, tangents, out=None):
    (x,), (g,) = primals, tangents
    out = _slogdet_small_p.bind(x) if out is None else out
    if x.shape[-1] == 1:
        t = g[..., 0, 0] / x[..., 0, 0]
    else:
        x00, x01, x10, x11 = x[..., 0, 0], x[..., 0, 1], x[..., 1, 0], x[..., 1, 1]
        t = (g[..., 0, 0] * x11 - g[..., 0, 1] * x10 - g[..., 1, 0] * x01
             + g[..., 1, 1] * x00) / (x00 * x11 - x01 * x10)
    return out, _pack(_jnp.zeros_like(t)[..., None, None], t[..., None, None])


_slogdet_small_p = _primitive("linalg_slogdet_small", _slogdet_small_impl, _slogdet_small_jvp)


class SlogdetResult(tuple):
    __slots__ = ()
    _fields = ("sign", "logabsdet")

    def __new__(cls, sign, logabsdet):
        return tuple.__new__(cls, (sign, logabsdet))

    sign = property(lambda self: self[0])
    logabsdet = property(lambda self: self[1])

    def __repr__(self):
        return f"SlogdetResult(sign={self[0]!r}, logabsdet={self[1]!r})"


@_C.fused
def slogdet(a, *, method=None):
    a = _float(a)
    if a.ndim < 2 or a.shape[-1] != a.shape[-2]:
        raise ValueError(f"Argument to slogdet() must have shape [..., n, n], got {a.shape}")
    if method not in (None, "lu"):
        if method == "qr":
            raise _C._not_available("jax.numpy.linalg.slogdet(method='qr')")
        raise ValueError(f"Unknown slogdet method '{method}'. Supported methods are 'lu' "
                         "(`None`), and 'qr'.")
    p = _slogdet_small_p if a.shape[-1] in (1, 2) else _slogdet_p
    sign, logdet = _unpack(p.bind(a), [(1, 1), (1, 1)])
    return SlogdetResult(sign[..., 0, 0], logdet[..., 0, 0])


def _det_impl(a):
    sign, logdet = _unpack(_slogdet_p.bind(a) if a.shape[-1] > 2 else _slogdet_small_p.bind(a),
                           [(1, 1), (1, 1)])
    return sign[..., 0, 0] * _jnp.exp(logdet[..., 0, 0])


def _det_jvp(primals, tangents, out=None):
    (a,), (g,) = primals, tangents
    y = _det_p.bind(a) if out is None else out
    return y, _jnp.trace(_jnp.matmul(_cofactor_p.bind(a), g), axis1=-2, axis2=-1)


_det_p = _primitive("linalg_det", _det_impl, _det_jvp)


def _cofactor_values(rows):
    """adj(a), as JAX's cofactor solve gives it: exact while at most the last pivot of the LU
    factorization is zero, and zero when an earlier pivot is (JAX's choice)."""
    n = len(rows)
    if n == 1:
        return [[1.0]]
    lu = [list(r) for r in rows]
    perm = list(range(n))
    for k in range(n):
        piv = max(range(k, n), key=lambda i: abs(lu[i][k]))
        if piv != k:
            lu[k], lu[piv] = lu[piv], lu[k]
            perm[k], perm[piv] = perm[piv], perm[k]
        if lu[k][k] != 0:
            for i in range(k + 1, n):
                f = lu[i][k] / lu[k][k]
                lu[i][k] = f
                for j in range(k + 1, n):
                    lu[i][j] -= f * lu[k][j]
    sign = 1.0
    seen = list(perm)  # the permutation's parity, by counting the swaps that sort it
    for i in range(n):
        while seen[i] != i:
            j = seen[i]
            seen[i], seen[j] = seen[j], seen[i]
            sign = -sign
    partial = [sign]
    for k in range(n):
        partial.append(partial[-1] * lu[k][k])
    if any(lu[k][k] == 0 for k in range(n - 1)):
        return [[0.0] * n for _ in range(n)]
    det = partial[n]
    # solve U' x = L^-1 P e_j, U' being U with its last pivot replaced by 1 / partial[n-1],
    # and the first n-1 entries scaled by det: adj(a) = det * a^-1 without dividing by det
    u_last = 1.0 / partial[n - 1]
    cols = []
    for j in range(n):
        x = [1.0 if perm[i] == j else 0.0 for i in range(n)]
        for i in range(n):
            x[i] -= sum(lu[i][k] * x[k] for k in range(i))
        x = [v * det for v in x[:-1]] + [x[-1]]
        for i in reversed(range(n)):
            d = u_last if i == n - 1 else lu[i][i]
            x[i] = (x[i] - sum(lu[i][k] * x[k] for k in range(i + 1, n))) / d
        cols.append(x)
    return [[cols[j][i] for j in range(n)] for i in range(n)]


def _cofactor_impl(a):
    return _array(a.shape[:-2], [_cofactor_values(m) for m in _matrices(a)], a.shape[-2:])


def _cofactor_jvp(primals, tangents, out=None):
    # d adj(a) = adj(a) (tr(a^-1 da) - da a^-1), for invertible a
    (a,), (g,) = primals, tangents
    c = _cofactor_p.bind(a) if out is None else out
    g_ainv = _mT(solve(_mT(a), _mT(g)))
    tr = _jnp.trace(g_ainv, axis1=-2, axis2=-1)[..., None, None]
    return c, c * tr - _jnp.matmul(c, g_ainv)


_cofactor_p = _primitive("linalg_cofactor", _cofactor_impl, _cofactor_jvp)


@_C.fused
def det(a):
    a = _float(a)
    if a.ndim < 2 or a.shape[-1] != a.shape[-2]:
        raise ValueError(f"Argument to _det() must have shape [..., n, n], got {a.shape}")
    n = a.shape[-1]
    # JAX's closed forms for n = 2 and 3, differentiated as written
    if n == 2:
        return a[..., 0, 0] * a[..., 1, 1] - a[..., 0, 1] * a[..., 1, 0]
    if n == 3:
        return (a[..., 0, 0] * a[..., 1, 1] * a[..., 2, 2]
                + a[..., 0, 1] * a[..., 1, 2] * a[..., 2, 0]
                + a[..., 0, 2] * a[..., 1, 0] * a[..., 2, 1]
                - a[..., 0, 2] * a[..., 1, 1] * a[..., 2, 0]
                - a[..., 0, 0] * a[..., 1, 2] * a[..., 2, 1]
                - a[..., 0, 1] * a[..., 1, 0] * a[..., 2, 2])
    return _det_p.bind(a)


# --- Cholesky -------------------------------------------------------------------------------


def _cholesky_values(a):
    """Lower Cholesky factor from the lower triangle; NaN throughout when a is not positive
    definite (LAPACK's potrf reports failure and JAX fills the result with NaN)."""
    n = len(a)
    low = [[0.0] * n for _ in range(n)]
    for j in range(n):
        # a Hermitian matrix's diagonal is real: its imaginary part (if any) is ignored
        d = (a[j][j] - sum(low[j][k] * low[j][k].conjugate() for k in range(j))).real
        if not d > 0:
            return [[_math.nan] * (i + 1) + [0.0] * (n - i - 1) for i in range(n)]
        low[j][j] = _math.sqrt(d)
        for i in range(j + 1, n):
            low[i][j] = (a[i][j] - sum(low[i][k] * low[j][k].conjugate() for k in range(j))
                         ) / low[j][j]
    return low


def _cholesky_impl(a):
    return _array(a.shape[:-2], [_cholesky_values(m) for m in _matrices(a)], a.shape[-2:],
                  a.dtype)


def _cholesky_jvp(primals, tangents, out=None):
    (a,), (sigma_dot,) = primals, tangents
    low = _cholesky_p.bind(a) if out is None else out
    n = a.shape[-1]
    # L^-1 sigma_dot L^-H, then its lower triangle with the diagonal halved
    tmp = _mH(solve(low, _mH(sigma_dot)))
    x = solve(low, tmp)
    phi = _jnp.tril(x) / (1.0 + _jnp.eye(n, dtype=a.dtype))
    return low, _jnp.matmul(low, phi)


_cholesky_p = _primitive("linalg_cholesky", _cholesky_impl, _cholesky_jvp)


def _require_matrix(a, name):
    # the errors JAX's own steps give on a non-square or one-dimensional input
    if a.ndim < 2:
        perm = tuple(range(a.ndim - 2)) + (a.ndim - 1, a.ndim - 2)
        raise TypeError("transpose permutation isn't a permutation of operand dimensions, got "
                        f"permutation {perm} for operand shape {a.shape}.")
    if a.shape[-1] != a.shape[-2]:
        raise TypeError(f"add got incompatible shapes for broadcasting: {a.shape}, "
                        f"{a.shape[:-2] + a.shape[-2:][::-1]}.")


def _symmetrize(a):
    return (a + _mH(a)) / 2


@_C.fused
def cholesky(a, *, upper=False, symmetrize_input=True):
    a = _float(a)
    if symmetrize_input:
        _require_matrix(a, "cholesky")
        a = _symmetrize(a)
    elif a.ndim < 2 or a.shape[-1] != a.shape[-2]:
        raise ValueError("Argument to Cholesky decomposition must be a batch of square "
                         f"matrices, got {a.shape}")
    low = _cholesky_p.bind(a)
    return _mT(low) if upper else low


# --- symmetric eigendecomposition: LAPACK's syevd for small matrices ----------------------


def _reflector(alpha, x):
    """slarfg: beta, tau and v (v[0] = 1) with (I - tau v v^T) [alpha, x] = [beta, 0]."""
    xnorm = _math.sqrt(sum(t * t for t in x))
    if xnorm == 0:
        return alpha, 0.0, [1.0] + [0.0] * len(x)
    beta = -_math.copysign(_math.hypot(alpha, xnorm), alpha)
    scale = 1.0 / (alpha - beta)
    return beta, (beta - alpha) / beta, [1.0] + [t * scale for t in x]


def _tridiagonal(a):
    """ssytd2 on the lower triangle: d, e and Q = H(1)...H(n-1) with a = Q T Q^T."""
    n = len(a)
    a = [list(r) for r in a]
    d, e, reflectors = [0.0] * n, [0.0] * max(n - 1, 0), []
    for i in range(n - 1):
        beta, tau, v = _reflector(a[i + 1][i], [a[k][i] for k in range(i + 2, n)])
        e[i] = beta
        if tau != 0:
            idx = range(i + 1, n)
            y = [tau * sum(a[r][c] * v[c - i - 1] for c in idx) for r in idx]
            alpha = -0.5 * tau * sum(yr * vr for yr, vr in zip(y, v, strict=True))
            w = [yr + alpha * vr for yr, vr in zip(y, v, strict=True)]
            for r in idx:
                vr, wr = v[r - i - 1], w[r - i - 1]
                for c in idx:
                    a[r][c] -= vr * w[c - i - 1] + wr * v[c - i - 1]
        d[i] = a[i][i]
        reflectors.append((i + 1, tau, v))
    if n:
        d[n - 1] = a[n - 1][n - 1]
    q = [[1.0 if i == j else 0.0 for j in range(n)] for i in range(n)]
    for start, tau, v in reversed(reflectors):
        _apply_reflector_left(q, start, tau, v)
    return d, e, q


def _apply_reflector_left(m, start, tau, v, cols=None):
    """m[start:, cols] -= tau v (v^T m[start:, cols])."""
    if tau == 0:
        return
    rows = range(start, start + len(v))
    for c in (range(len(m[0])) if cols is None else cols):
        s = tau * sum(v[r - start] * m[r][c] for r in rows)
        if s:
            for r in rows:
                m[r][c] -= s * v[r - start]


def _eig2(a, b, c):
    """slaev2: rt1 (larger in magnitude), rt2 and (cs, sn) for [[a, b], [b, c]]."""
    sm, df, tb = a + c, a - c, b + b
    adf, ab = abs(df), abs(tb)
    acmx, acmn = (a, c) if abs(a) > abs(c) else (c, a)
    if adf > ab:
        rt = adf * _math.sqrt(1.0 + (ab / adf) ** 2)
    elif adf < ab:
        rt = ab * _math.sqrt(1.0 + (adf / ab) ** 2)
    else:
        rt = ab * _math.sqrt(2.0)
    if sm < 0:
        rt1, sgn1 = 0.5 * (sm - rt), -1
        rt2 = (acmx / rt1) * acmn - (b / rt1) * b
    elif sm > 0:
        rt1, sgn1 = 0.5 * (sm + rt), 1
        rt2 = (acmx / rt1) * acmn - (b / rt1) * b
    else:
        rt1, rt2, sgn1 = 0.5 * rt, -0.5 * rt, 1
    if df >= 0:
        cs, sgn2 = df + rt, 1
    else:
        cs, sgn2 = df - rt, -1
    if abs(cs) > ab:
        ct = -tb / cs
        sn1 = 1.0 / _math.sqrt(1.0 + ct * ct)
        cs1 = ct * sn1
    elif ab == 0:
        cs1, sn1 = 1.0, 0.0
    else:
        tn = -cs / tb
        cs1 = 1.0 / _math.sqrt(1.0 + tn * tn)
        sn1 = tn * cs1
    if sgn1 == sgn2:
        cs1, sn1 = -sn1, cs1
    return rt1, rt2, cs1, sn1


def _givens(f, g):
    """slartg (LAPACK 3.10 and later): c >= 0, s, r with [c s; -s c] [f; g] = [r; 0]."""
    if g == 0:
        return 1.0, 0.0, f
    if f == 0:
        return 0.0, _math.copysign(1.0, g), abs(g)
    d = _math.hypot(f, g)
    r = _math.copysign(d, f)
    return abs(f) / d, g / r, r


def _r32(x):
    return _C.f32([x])[0]


def _rotate(z, j, c, s):
    """Columns j and j+1 of z times the plane rotation slasr applies."""
    for row in z:
        t = row[j + 1]
        row[j + 1] = c * t - s * row[j]
        row[j] = s * t + c * row[j]


def _steqr(d, e, z):
    """ssteqr: eigenvalues of the tridiagonal (d, e) by implicit QL and QR, rotating z's
    columns; sorted ascending.  Stopping tests use float32's roundoff, as LAPACK's float32
    routine does, and d and e are updated in float32 arithmetic, so that it deflates and
    shifts where LAPACK does (a shift's sign can hang on a rounding); the rotations of z
    are applied in double."""
    n = len(d)
    if n <= 1:
        return d, z, True
    eps2, safmin = _EPS32 * _EPS32, 2.0 ** -126
    dv, ev = [0.0] + _C.f32(d), [0.0] + _C.f32(e) + [0.0]  # 1-based, as the Fortran
    nmaxit, jtot, l1 = 30 * n, 0, 1
    cs, sn = [0.0] * (n + 1), [0.0] * (n + 1)
    while l1 <= n:
        if l1 > 1:
            ev[l1 - 1] = 0.0
        m = n
        for mm in range(l1, n):
            t = abs(ev[mm])
            if t == 0 or t <= _math.sqrt(abs(dv[mm])) * _math.sqrt(abs(dv[mm + 1])) * _EPS32:
                ev[mm] = 0.0
                m = mm
                break
        lo, lend = l1, m
        l1 = m + 1
        if lend == lo:
            continue
        if max(max(abs(v) for v in dv[lo:lend + 1]), max(abs(v) for v in ev[lo:lend])) == 0:
            continue
        if abs(dv[lend]) < abs(dv[lo]):
            lo, lend = lend, lo
        if lend > lo:  # QL iteration, chasing from the bottom
            while True:
                m = lend
                for mm in range(lo, lend):
                    if abs(ev[mm]) ** 2 <= (eps2 * abs(dv[mm])) * abs(dv[mm + 1]) + safmin:
                        m = mm
                        break
                if m < lend:
                    ev[m] = 0.0
                p = dv[lo]
                if m == lo:
                    lo += 1
                    if lo <= lend:
                        continue
                    break
                if m == lo + 1:
                    rt1, rt2, c, s = _C.f32(_eig2(dv[lo], ev[lo], dv[lo + 1]))
                    _rotate(z, lo - 1, c, s)
                    dv[lo], dv[lo + 1], ev[lo] = rt1, rt2, 0.0
                    lo += 2
                    if lo <= lend:
                        continue
                    break
                if jtot == nmaxit:
                    break
                jtot += 1
                g = _r32(_r32(dv[lo + 1] - p) / (2.0 * ev[lo]))
                r = _r32(_math.hypot(g, 1.0))
                g = _r32(_r32(dv[m] - p) + _r32(ev[lo] / _r32(g + _math.copysign(r, g))))
                s, c, p = 1.0, 1.0, 0.0
                for i in range(m - 1, lo - 1, -1):
                    f, b = _r32(s * ev[i]), _r32(c * ev[i])
                    c, s, r = _C.f32(_givens(g, f))
                    if i != m - 1:
                        ev[i + 1] = r
                    g = _r32(dv[i + 1] - p)
                    r = _r32(_r32(_r32(dv[i] - g) * s) + _r32(_r32(2.0 * c) * b))
                    p = _r32(s * r)
                    dv[i + 1] = _r32(g + p)
                    g = _r32(_r32(c * r) - b)
                    cs[i], sn[i] = c, -s
                for j in range(m - 1, lo - 1, -1):
                    _rotate(z, j - 1, cs[j], sn[j])
                dv[lo] = _r32(dv[lo] - p)
                ev[lo] = g
        else:  # QR iteration, chasing from the top
            while True:
                m = lend
                for mm in range(lo, lend, -1):
                    if abs(ev[mm - 1]) ** 2 <= (eps2 * abs(dv[mm])) * abs(dv[mm - 1]) + safmin:
                        m = mm
                        break
                if m > lend:
                    ev[m - 1] = 0.0
                p = dv[lo]
                if m == lo:
                    lo -= 1
                    if lo >= lend:
                        continue
                    break
                if m == lo - 1:
                    rt1, rt2, c, s = _C.f32(_eig2(dv[lo - 1], ev[lo - 1], dv[lo]))
                    _rotate(z, lo - 2, c, s)
                    dv[lo - 1], dv[lo], ev[lo - 1] = rt1, rt2, 0.0
                    lo -= 2
                    if lo >= lend:
                        continue
                    break
                if jtot == nmaxit:
                    break
                jtot += 1
                g = _r32(_r32(dv[lo - 1] - p) / (2.0 * ev[lo - 1]))
                r = _r32(_math.hypot(g, 1.0))
                g = _r32(_r32(dv[m] - p) + _r32(ev[lo - 1] / _r32(g + _math.copysign(r, g))))
                s, c, p = 1.0, 1.0, 0.0
                for i in range(m, lo):
                    f, b = _r32(s * ev[i]), _r32(c * ev[i])
                    c, s, r = _C.f32(_givens(g, f))
                    if i != m:
                        ev[i - 1] = r
                    g = _r32(dv[i] - p)
                    r = _r32(_r32(_r32(dv[i + 1] - g) * s) + _r32(_r32(2.0 * c) * b))
                    p = _r32(s * r)
                    dv[i] = _r32(g + p)
                    g = _r32(_r32(c * r) - b)
                    cs[i], sn[i] = c, s
                for j in range(m, lo):
                    _rotate(z, j - 1, cs[j], sn[j])
                dv[lo] = _r32(dv[lo] - p)
                ev[lo - 1] = g
        if jtot >= nmaxit:
            return dv[1:], z, False
    for i in range(1, n):  # selection sort, swapping eigenvector columns along
        k = min(range(i, n + 1), key=lambda j: (dv[j], j))
        if dv[k] < dv[i]:
            dv[i], dv[k] = dv[k], dv[i]
            for row in z:
                row[i - 1], row[k - 1] = row[k - 1], row[i - 1]
    return dv[1:], z, True


def _eigh_values(a, lower):
    n = len(a)
    if not lower:
        # the upper-triangle reduction is the lower one on the reversed matrix, reversed
        d, e, q = _tridiagonal([[a[n - 1 - j][n - 1 - i] for j in range(n)] for i in range(n)])
        d, e = d[::-1], e[::-1]
        q = [[q[n - 1 - i][n - 1 - j] for j in range(n)] for i in range(n)]
    else:
        d, e, q = _tridiagonal([[a[max(i, j)][min(i, j)] for j in range(n)] for i in range(n)])
    if any(v != v for row in a for v in row):
        return [_math.nan] * n, [[_math.nan] * n for _ in range(n)]
    w, v, ok = _steqr(d, e, q)
    if not ok:
        return [_math.nan] * n, [[_math.nan] * n for _ in range(n)]
    return w, v


def _eigh_impl(a, lower):
    n = a.shape[-1]
    parts = []
    for m in _matrices(a):
        w, v = _eigh_values(m, lower)
        parts.append([row + [wi] for row, wi in zip(v, w, strict=True)])
    return _array(a.shape[:-2], parts, (n, n + 1))


def _eigh_jvp(primals, tangents, lower, out=None, skip=()):
    (a,), (a_dot,) = primals, tangents
    out = _eigh_p.bind(a, lower=lower) if out is None else out
    n = a.shape[-1]
    v, w = _eigh_split(out, a.shape)
    eye = _jnp.eye(n, dtype=a.dtype)
    vt_adot_v = _jnp.matmul(_jnp.matmul(_mT(v), a_dot), v)
    if "v" in skip:
        dv = _jnp.zeros_like(v)
    else:
        f = 1.0 / (eye + w[..., None, :] - w[..., :, None]) - eye
        dv = _jnp.matmul(v, f * vt_adot_v)
    dw = _jnp.diagonal(vt_adot_v, axis1=-2, axis2=-1)
    return out, _jnp.concatenate([dv, dw[..., None]], axis=-1)


def _eigh_split(out, shape):
    # the eigenvectors and, as one more column, the eigenvalues
    n = shape[-1]
    return out[..., :n], out[..., n]


def _eigh_zero_parts(ct, out, shape, lower):
    n = out.shape[-1] - 1
    return ("v",) if _all_zero(ct, n + 1, 0, n) else ()


_eigh_p = _primitive("linalg_eigh", _eigh_impl, _eigh_jvp, zero_parts=_eigh_zero_parts)


class _Result(tuple):
    """A named result tuple whose repr reads as JAX's."""

    __slots__ = ()
    _fields = ()

    def __new__(cls, *parts):
        return tuple.__new__(cls, parts)

    def __repr__(self):
        inner = ", ".join(f"{k}={v!r}" for k, v in zip(self._fields, self, strict=True))
        return f"{type(self).__name__}({inner})"

    def _asdict(self):
        return dict(zip(self._fields, self, strict=True))


def _result_type(name, fields):
    ns = {"__slots__": (), "_fields": tuple(fields)}
    for i, f in enumerate(fields):
        ns[f] = property(_operator.itemgetter(i))
    return type(name, (_Result,), ns)


EighResult = _result_type("EighResult", ("eigenvalues", "eigenvectors"))
QRResult = _result_type("QRResult", ("Q", "R"))
SVDResult = _result_type("SVDResult", ("U", "S", "Vh"))


@_C.fused
def eigh(a, UPLO=None, symmetrize_input=True):
    a = _jnp.asarray(a)
    if UPLO is None or UPLO == "L":
        lower = True
    elif UPLO == "U":
        lower = False
    else:
        raise ValueError(f"UPLO must be one of None, 'L', or 'U', got {UPLO}")
    a = _float(a)
    if symmetrize_input:
        _require_matrix(a, "eigh")
        a = _symmetrize(a)
    elif a.ndim < 2 or a.shape[-1] != a.shape[-2]:
        raise ValueError(f"Argument to symmetric eigendecomposition must have shape [..., n, n], "
                         f"got shape {a.shape}")
    v, w = _eigh_split(_eigh_p.bind(a, lower=lower), a.shape)
    return EighResult(w, v)


def eigvalsh(a, UPLO="L", *, symmetrize_input=True):
    return eigh(a, UPLO, symmetrize_input=symmetrize_input)[0]


# --- QR: LAPACK's Householder geqrf and orgqr ----------------------------------------------


def _qr_values(a, full):
    m, n = len(a), len(a[0]) if a else 0
    k = min(m, n)
    r = [list(row) for row in a]
    reflectors = []
    for i in range(k):
        beta, tau, v = _reflector(r[i][i], [r[j][i] for j in range(i + 1, m)])
        r[i][i] = beta
        for j in range(i + 1, m):
            r[j][i] = 0.0
        _apply_reflector_left(r, i, tau, v, range(i + 1, n))
        reflectors.append((i, tau, v))
    qcols = m if full else k
    q = [[1.0 if i == j else 0.0 for j in range(qcols)] for i in range(m)]
    for start, tau, v in reversed(reflectors):
        _apply_reflector_left(q, start, tau, v)
    return q, r[:qcols]


def _qr_impl(a, full):
    m, n = a.shape[-2:]
    kq = m if full else min(m, n)
    qs, rs = [], []
    for mat in _matrices(a):
        q, r = _qr_values(mat, full)
        qs.append(q)
        rs.append(r)
    batch = a.shape[:-2]
    return _pack(_array(batch, qs, (m, kq)), _array(batch, rs, (kq, n)))


def _qr_split(out, shape, full):
    m, n = shape[-2:]
    k = m if full else min(m, n)
    return _unpack(out, [(m, k), (k, n)])


def _thin_qr_jvp(q, r, dx):
    dx_rinv = _mT(solve(_mT(r), _mT(dx)))  # dx r^-1
    qt_dx_rinv = _jnp.matmul(_mT(q), dx_rinv)
    low = _jnp.tril(qt_dx_rinv, -1)
    do = low - _mT(low)  # skew-symmetric
    dq = _jnp.matmul(q, do - qt_dx_rinv) + dx_rinv
    dr = _jnp.matmul(qt_dx_rinv - do, r)
    return dq, dr


def _qr_jvp(primals, tangents, full, out=None):
    (x,), (dx,) = primals, tangents
    out = _qr_p.bind(x, full=full) if out is None else out
    q, r = _qr_split(out, x.shape, full)
    m, n = x.shape[-2:]
    if m < n:  # wide: x = q [r1 r2]; r1 from the square part, r2 = q^T x2
        dq, dr1 = _thin_qr_jvp(q, r[..., :, :m], dx[..., :, :m])
        dr2 = _jnp.matmul(_mT(dq), x[..., :, m:]) + _jnp.matmul(_mT(q), dx[..., :, m:])
        return out, _pack(dq, _jnp.concatenate([dr1, dr2], axis=-1))
    if full and m > n:
        raise _C._not_available("the derivative of jax.numpy.linalg.qr(mode='complete') for "
                                "tall matrices")
    return out, _pack(*_thin_qr_jvp(q, r, dx))


_qr_p = _primitive("linalg_qr", _qr_impl, _qr_jvp)


@_C.fused
def qr(a, mode="reduced"):
    a = _float(a)
    if a.ndim < 2:
        raise TypeError(f"Input 0 to qr must have rank at least 2, but got shape={a.shape}")
    if mode == "raw":
        raise _C._not_available("jax.numpy.linalg.qr(mode='raw')")
    if mode not in ("reduced", "r", "full", "complete"):
        raise ValueError(f"Unsupported QR decomposition mode '{mode}'")
    full = mode == "complete"
    q, r = _qr_split(_qr_p.bind(a, full=full), a.shape, full)
    return r if mode == "r" else QRResult(q, r)


# --- singular value decomposition ----------------------------------------------------------


def _svd_values(a, full):
    """u (m x m or m x k), s (descending) and vh, by one-sided Jacobi rotations in double."""
    m, n = len(a), len(a[0])
    if m < n:
        u, s, vh = _svd_values([[a[i][j] for i in range(m)] for j in range(n)], full)
        return ([list(c) for c in zip(*vh, strict=True)], s,
                [list(c) for c in zip(*u, strict=True)])
    cols = [[a[i][j] for i in range(m)] for j in range(n)]  # the columns of a, rotated
    vcols = [[1.0 if i == j else 0.0 for i in range(n)] for j in range(n)]
    if any(x != x or x in (_math.inf, -_math.inf) for c in cols for x in c):
        nan = _math.nan
        k = m if full else n
        return [[nan] * k for _ in range(m)], [nan] * n, [[nan] * n for _ in range(n)]
    for _sweep in range(60):
        rotated = False
        for p in range(n - 1):
            for q in range(p + 1, n):
                cp, cq = cols[p], cols[q]
                alpha = sum(x * x for x in cp)
                beta = sum(x * x for x in cq)
                gamma = sum(x * y for x, y in zip(cp, cq, strict=True))
                if gamma == 0 or abs(gamma) <= 1e-15 * _math.sqrt(alpha * beta):
                    continue
                rotated = True
                zeta = (beta - alpha) / (2.0 * gamma)
                t = _math.copysign(1.0, zeta) / (abs(zeta) + _math.sqrt(1.0 + zeta * zeta))
                c = 1.0 / _math.sqrt(1.0 + t * t)
                s = c * t
                for vecs in (cols, vcols):
                    x, y = vecs[p], vecs[q]
                    vecs[p] = [c * xi - s * yi for xi, yi in zip(x, y, strict=True)]
                    vecs[q] = [s * xi + c * yi for xi, yi in zip(x, y, strict=True)]
        if not rotated:
            break
    sv = [_math.sqrt(sum(x * x for x in c)) for c in cols]
    order = sorted(range(n), key=lambda j: -sv[j])
    s = [sv[j] for j in order]
    ucols, vrows = [], []
    for j in order:
        u = [x / sv[j] for x in cols[j]] if sv[j] else None
        v = vcols[j]
        # a sign for each pair: the first nonzero entry of the right vector negative, as
        # LAPACK's gesdd most often gives for small matrices (LAPACK itself has no rule)
        lead = next((x for x in v if abs(x) > 1e-12), 1.0)
        if lead > 0:
            v = [-x for x in v]
            u = None if u is None else [-x for x in u]
        ucols.append(u)
        vrows.append(v)
    ucols = _complete_basis(ucols, m, m if full else n)
    return [list(r) for r in zip(*ucols, strict=True)], s, vrows


def _complete_basis(vectors, m, k):
    """Orthonormal m-vectors: the given ones, with None and further ones filled in."""
    out = [v for v in vectors if v is not None]
    slots = [i for i, v in enumerate(vectors) if v is None] + list(range(len(vectors), k))
    extra = []
    for e in range(m):
        if len(extra) == len(slots):
            break
        w = [1.0 if i == e else 0.0 for i in range(m)]
        for _ in range(2):  # Gram-Schmidt, twice for orthogonality in double
            for b in out + extra:
                d = sum(x * y for x, y in zip(w, b, strict=True))
                w = [x - d * y for x, y in zip(w, b, strict=True)]
        nw = _math.sqrt(sum(x * x for x in w))
        if nw > 1e-8:
            extra.append([x / nw for x in w])
    result = list(vectors) + [None] * (k - len(vectors))
    for i, v in zip(slots, extra, strict=True):
        result[i] = v
    return result


def _svd_impl(a, full, compute_uv):
    m, n = a.shape[-2:]
    k = min(m, n)
    us, ss, vs = [], [], []
    for mat in _matrices(a):
        u, s, vh = _svd_values(mat, full)
        us.append(u)
        ss.append([s])
        vs.append(vh if full or m >= n else vh[:k])
    batch = a.shape[:-2]
    ku, kv = (m, n) if full else (k, k)
    if not compute_uv:
        return _array(batch, ss, (1, k))
    return _pack(_array(batch, us, (m, ku)), _array(batch, ss, (1, k)),
                 _array(batch, vs, (kv, n)))


def _svd_split(out, shape, full, compute_uv):
    m, n = shape[-2:]
    k = min(m, n)
    if not compute_uv:
        return None, out[..., 0, :], None
    ku, kv = (m, n) if full else (k, k)
    u, s, vh = _unpack(out, [(m, ku), (1, k), (kv, n)])
    return u, s[..., 0, :], vh


def _svd_jvp(primals, tangents, full, compute_uv, out=None, skip=()):
    (a,), (da,) = primals, tangents
    m, n = a.shape[-2:]
    if compute_uv and full and m != n:
        raise NotImplementedError(
            "Singular value decomposition JVP not implemented for full matrices")
    out = _svd_p.bind(a, full=full, compute_uv=compute_uv) if out is None else out
    thin = out if compute_uv else _svd_p.bind(a, full=False, compute_uv=True)
    u, s, vt = _svd_split(thin, a.shape, False, True)
    v = _mT(vt)
    ds_mat = _jnp.matmul(_jnp.matmul(_mT(u), da), v)
    ds = _jnp.diagonal(ds_mat, axis1=-2, axis2=-1)
    if not compute_uv:
        return out, ds[..., None, :]
    if "uv" in skip:
        u_out, _, vh_out = _svd_split(out, a.shape, full, True)
        return out, _pack(_jnp.zeros_like(u_out), ds[..., None, :], _jnp.zeros_like(vh_out))
    k = s.shape[-1]
    s_dim = s[..., None, :]
    s_diffs = (s_dim + _mT(s_dim)) * (s_dim - _mT(s_dim))
    eye = _jnp.eye(k, dtype=a.dtype)
    f = 1.0 / (s_diffs + eye) - eye
    dss = s_dim * ds_mat
    sds = _mT(s_dim) * ds_mat
    s_zeros = _jnp.astype(s == 0, a.dtype)
    s_inv = 1.0 / (s + s_zeros) - s_zeros
    du_dv_diag = 0.5 * (ds_mat - _mT(ds_mat)) * (s_inv[..., None, :] * eye)
    du = _jnp.matmul(u, f * (dss + _mT(dss)) + du_dv_diag)
    dv = _jnp.matmul(v, f * (sds + _mT(sds)))
    if m > n:
        dav = _jnp.matmul(da, v)
        du = du + (dav - _jnp.matmul(u, _jnp.matmul(_mT(u), dav))) / s_dim
    if n > m:
        dahu = _jnp.matmul(_mT(da), u)
        dv = dv + (dahu - _jnp.matmul(v, _jnp.matmul(vt, dahu))) / s_dim
    return out, _pack(du, ds[..., None, :], _mT(dv))


def _svd_zero_parts(ct, out, shape, full, compute_uv):
    if not compute_uv:
        return ()
    m, n = shape[-2:]
    k = min(m, n)
    ku, kv = (m, n) if full else (k, k)
    total, u_end = out.shape[-1], m * ku
    s_end = u_end + k
    if _all_zero(ct, total, 0, u_end) and _all_zero(ct, total, s_end, s_end + kv * n):
        return ("uv",)
    return ()


_svd_p = _primitive("linalg_svd", _svd_impl, _svd_jvp, zero_parts=_svd_zero_parts)


@_C.fused
def svd(a, full_matrices=True, compute_uv=True, hermitian=False, subset_by_index=None):
    a = _float(a)
    if a.ndim < 2:
        raise TypeError(f"Input 0 to svd must have rank at least 2, but got shape={a.shape}")
    if hermitian:
        raise _C._not_available("jax.numpy.linalg.svd(hermitian=True)")
    if subset_by_index is not None:
        raise _C._not_available("jax.numpy.linalg.svd(subset_by_index=...)")
    full = bool(full_matrices)
    u, s, vh = _svd_split(_svd_p.bind(a, full=full, compute_uv=bool(compute_uv)), a.shape,
                          full, bool(compute_uv))
    return SVDResult(u, s, vh) if compute_uv else s


def svdvals(x, /):
    return svd(x, compute_uv=False)


# --- built on the decompositions -----------------------------------------------------------


def _pinv_impl(a, rtol):
    m, n = a.shape[-2:]
    if rtol is None:
        rtol = 10.0 * max(m, n) * float(_jnp.finfo(_C.float32).eps)
    u, s, vh = svd(a, full_matrices=False)
    cutoff = _jnp.asarray(rtol, dtype=s.dtype) * s[..., 0:1]
    s = _jnp.where(s > cutoff, s, _math.inf)
    return _jnp.matmul(_mT(vh), _mT(u) / s[..., None])


def _pinv_jvp(primals, tangents, rtol, out=None):
    (a,), (a_dot,) = primals, tangents
    p = _pinv_p.bind(a, rtol=rtol) if out is None else out
    m, n = a.shape[-2:]
    mm = _jnp.matmul
    if m >= n:
        s = mm(mm(p, _mT(p)), _mT(a_dot))
        t = mm(mm(_mT(a_dot), _mT(p)), p)
        p_dot = -mm(mm(p, a_dot), p) + s - mm(mm(s, a), p) + t - mm(mm(p, a), t)
    else:
        s = mm(p, mm(_mT(p), _mT(a_dot)))
        t = mm(_mT(a_dot), mm(_mT(p), p))
        p_dot = -mm(p, mm(a_dot, p)) + s - mm(s, mm(a, p)) + t - mm(p, mm(a, t))
    return p, p_dot


_pinv_p = _primitive("linalg_pinv", _pinv_impl, _pinv_jvp)


@_C.fused
def pinv(a, rtol=None, hermitian=False, *, rcond=None):
    if rcond is not None:
        if rtol is not None:
            raise ValueError("pinv: only one of rtol and rcond may be specified.")
        rtol = rcond
    a = _float(a)
    if a.ndim < 2:
        raise ValueError(f"not enough values to unpack (expected 2, got {a.ndim})")
    if hermitian:
        raise _C._not_available("jax.numpy.linalg.pinv(hermitian=True)")
    if rtol is not None:
        if _C.is_abstract(rtol) or _jnp.ndim(rtol):
            raise _C._not_available("jax.numpy.linalg.pinv with a traced or non-scalar rtol")
        rtol = float(_C.concrete_array(_jnp.asarray(rtol)).item())
    return _pinv_p.bind(a, rtol=rtol)


@_C.fused
def lstsq(a, b, rcond=None, *, numpy_resid=False):
    a, b = _jnp.asarray(a), _jnp.asarray(b)
    if a.dtype.kind != "f" or b.dtype.kind != "f":
        a, b = _jnp.astype(a, _C.float32), _jnp.astype(b, _C.float32)
    if a.shape[0] != b.shape[0]:
        raise ValueError("Leading dimensions of input arrays must match")
    b_1d = b.ndim == 1
    if b_1d:
        b = b[:, None]
    if a.ndim != 2:
        raise TypeError(f"{a.ndim}-dimensional array given. Array must be two-dimensional")
    if b.ndim != 2:
        raise TypeError(f"{b.ndim}-dimensional array given. Array must be one or two-dimensional")
    m, n = a.shape
    eps = float(_jnp.finfo(_C.float32).eps)
    if rcond is None:
        rcond = eps * max(n, m)
    else:
        rcond = _jnp.where(_jnp.asarray(rcond) < 0, eps, rcond)
    u, s, vt = svd(a, full_matrices=False)
    mask = (s > 0) & (s >= _jnp.asarray(rcond, dtype=s.dtype) * s[0])
    rank = _jnp.sum(mask)
    safe_s = _jnp.where(mask, s, 1.0)
    s_inv = _jnp.where(mask, 1.0 / safe_s, 0.0)[:, None]
    x = _jnp.matmul(vt.T, s_inv * _jnp.matmul(u.T, b))
    if numpy_resid and (_C.concrete_array(rank, "bool").item() < n or m <= n):
        resid = _jnp.asarray([])
    else:
        resid = norm(b - _jnp.matmul(a, x), axis=0) ** 2
    if b_1d:
        x = _jnp.ravel(x)
    return x, resid, rank, s


@_C.fused
def matrix_rank(M, rtol=None, *, hermitian=False, tol=None):
    if tol is not None:
        if rtol is not None:
            raise ValueError("matrix_rank: only one of tol or rtol may be specified.")
        rtol = tol
    M = _float(M)
    if M.ndim < 2:
        return _jnp.astype(_jnp.any(M != 0), _C.int32)
    if hermitian:
        raise _C._not_available("jax.numpy.linalg.matrix_rank(hermitian=True)")
    s = svd(M, full_matrices=False, compute_uv=False)
    if rtol is None:
        rtol = _jnp.max(s, axis=-1) * (max(M.shape[-2:]) * float(_jnp.finfo(_C.float32).eps))
    rtol = _jnp.asarray(rtol)
    return _jnp.sum(s > rtol[..., None], axis=-1)


@_C.fused
def cond(x, p=None):
    x = _jnp.asarray(x)
    if x.ndim < 2:
        raise ValueError(f"jnp.linalg.cond: input array must be at least 2D; got "
                         f"arr.shape={x.shape!r}")
    if x.shape[-1] == 0 or x.shape[-2] == 0:
        raise ValueError(f"jnp.linalg.cond: input array must not be empty; got "
                         f"arr.shape={x.shape!r}")
    if p is None or p == 2:
        s = svdvals(x)
        return s[..., 0] / s[..., -1]
    if p == -2:
        s = svdvals(x)
        r = s[..., -1] / s[..., 0]
    else:
        if x.shape[-2] != x.shape[-1]:
            raise ValueError(f"jnp.linalg.cond: for p={p!r}, array must be square; got "
                             f"arr.shape={x.shape!r}")
        if x.ndim != 2:
            raise _C._not_available(f"jax.numpy.linalg.cond(p={p!r}) for stacks of matrices")
        r = norm(x, ord=p) * norm(inv(x), ord=p)
    return _jnp.where(_jnp.isnan(r) & ~_jnp.any(_jnp.isnan(x)), _math.inf, r)


@_C.fused
def matrix_power(a, n):
    a = _jnp.asarray(a)
    if a.ndim < 2:
        raise TypeError(f"{a.ndim}-dimensional array given. Array must be at least "
                        "two-dimensional")
    if a.shape[-2] != a.shape[-1]:
        raise TypeError("Last 2 dimensions of the array must be square")
    try:
        n = _operator.index(n)
    except TypeError as err:
        raise TypeError(f"exponent must be an integer, got {n}") from err
    if n == 0:
        return _jnp.broadcast_to(_jnp.eye(a.shape[-2], dtype=a.dtype), a.shape)
    if n < 0:
        a = inv(a)
        n = -n
    if n == 1:
        return a
    if n == 2:
        return a @ a
    if n == 3:
        return a @ a @ a
    z = result = None
    while n > 0:  # repeated squaring, multiplied in the order JAX multiplies
        z = a if z is None else z @ z
        n, bit = divmod(n, 2)
        if bit:
            result = z if result is None else result @ z
    return result


def multi_dot(arrays, *, precision=None):
    arrs = [_jnp.asarray(x) for x in arrays]
    if len(arrs) == 1:  # JAX's argument check hands back the one array, whose rows it takes
        arrs = list(arrs[0])
    if len(arrs) < 2:
        raise ValueError(f"multi_dot requires at least two arrays; got len(arrays)={len(arrs)}")
    if not (arrs[0].ndim in (1, 2) and arrs[-1].ndim in (1, 2)
            and all(x.ndim == 2 for x in arrs[1:-1])):
        raise ValueError("multi_dot: input arrays must all be two-dimensional, except for the "
                         "first and last array which may be 1 or 2 dimensional. Got array "
                         f"shapes {[x.shape for x in arrs]}")
    if any(x.shape[-1] != y.shape[0] for x, y in zip(arrs[:-1], arrs[1:], strict=True)):
        raise ValueError("multi_dot: last dimension of each array must match first dimension "
                         f"of following array. Got array shapes {[x.shape for x in arrs]}")
    out = arrs[0]
    for x in arrs[1:]:
        out = _jnp.matmul(out, x)
    return out


def outer(x1, x2, /):
    x1, x2 = _jnp.asarray(x1), _jnp.asarray(x2)
    if x1.ndim != 1 or x2.ndim != 1:
        raise ValueError(f"Input arrays must be one-dimensional, but they are "
                         f"x1.ndim={x1.ndim!r} x2.ndim={x2.ndim!r}")
    return x1[:, None] * x2[None, :]


def trace(x, /, *, offset=0, dtype=None):
    return _jnp.trace(x, offset=offset, axis1=-2, axis2=-1, dtype=dtype)


def diagonal(x, /, *, offset=0):
    return _jnp.diagonal(x, offset=offset, axis1=-2, axis2=-1)


def matrix_transpose(x, /):
    x = _jnp.asarray(x)
    if x.ndim < 2:
        raise ValueError(f"matrix_transpose requires at least 2 dimensions; got ndim={x.ndim}")
    return _mT(x)


def cross(x1, x2, /, *, axis=-1):
    x1, x2 = _jnp.asarray(x1), _jnp.asarray(x2)
    if x1.shape[axis] != 3 or x2.shape[axis] != 3:
        raise ValueError("Both input arrays must be (arrays of) 3-dimensional vectors, but they "
                         f"have x1.shape[axis]={x1.shape[axis]!r} and "
                         f"x2.shape[axis]={x2.shape[axis]!r}")
    return _jnp.cross(x1, x2, axis=axis)


def matmul(x1, x2, /, *, precision=None, preferred_element_type=None):
    return _jnp.matmul(x1, x2)


def vecdot(x1, x2, /, *, axis=-1, precision=None, preferred_element_type=None):
    return _jnp.vecdot(x1, x2, axis=axis)


def tensordot(x1, x2, /, *, axes=2, precision=None, preferred_element_type=None):
    return _jnp.tensordot(x1, x2, axes=axes)


def matrix_norm(x, /, *, keepdims=False, ord="fro"):
    x = _jnp.asarray(x)
    return norm(x, ord=ord, keepdims=keepdims, axis=(x.ndim - 2, x.ndim - 1))


def vector_norm(x, /, *, axis=None, keepdims=False, ord=2):
    x = _float(x)
    if axis is None and x.ndim != 1:
        if ord in (None, 2):
            r = _jnp.sqrt(_jnp.sum(x * x))
            return _jnp.reshape(r, (1,) * x.ndim) if keepdims else r
        x = _jnp.ravel(x) if not keepdims else x
        axis = 0 if not keepdims else tuple(range(x.ndim))
    if isinstance(axis, tuple) and len(axis) > 1:
        raise _C._not_available("jax.numpy.linalg.vector_norm over several axes")
    return norm(x, ord=ord, axis=axis if axis is not None else 0, keepdims=keepdims)


_C.require_arraylike(globals(), {
    "0:jnp.linalg.norm": "norm", "01:jnp.linalg.solve": "solve", "0:jnp.linalg.inv": "inv",
    "0:jnp.linalg.det": "det", "0:jnp.linalg.slogdet": "slogdet",
    "0:jnp.linalg.cholesky": "cholesky", "0:jnp.linalg.eigh": "eigh",
    "0:jnp.linalg.eigvalsh": "eigvalsh", "0:jnp.linalg.qr": "qr", "0:jnp.linalg.svd": "svd",
    "0:jnp.linalg.svdvals": "svdvals", "0:jnp.linalg.pinv": "pinv",
    "01:jnp.linalg.lstsq": "lstsq", "0:jnp.linalg.matrix_rank": "matrix_rank",
    "0:cond": "cond", "0:jnp.linalg.matrix_power": "matrix_power",
    "s:jnp.linalg.multi_dot": "multi_dot", "01:jnp.linalg.outer": "outer cross",
    "0:jnp.linalg.trace": "trace", "0:jnp.linalg.diagonal": "diagonal",
    "0:jnp.linalg.matrix_transpose": "matrix_transpose",
    "0:jnp.linalg.matrix_norm": "matrix_norm", "0:jnp.linalg.vector_norm": "vector_norm",
})
__getattr__ = _module_getattr("jax.numpy.linalg")
