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


def _lu_solve_rows(a, b):
    """Gaussian elimination with partial pivoting written with differentiable ops."""
    n = a.shape[0]
    xs, rows, sign = _eliminate(
        [a[i] for i in range(n)], [b[i] for i in range(n)],
        lambda v: abs(float(_C.concrete_array(v).item())), lambda y, f, x: y - f * x,
        _operator.truediv, _operator.truediv)
    return _jnp.stack(xs), rows, sign


def _lu_solve_values(a, b):
    """`_lu_solve_rows` on concrete values: the same float32 operations in the same order.

    Solving outside any transformation needs no tracing, and one jaxlite operation per row
    update costs far more than the arithmetic; the results are bit for bit the same.
    """
    def sub_scaled(y, f, x):  # both operations rounded as the array operations are
        if not isinstance(x, list):
            return _C.f32([y - _C.f32([f * x])[0]])[0]
        return _C.f32([yi - pi for yi, pi in zip(y, _C.f32([f * xi for xi in x]), strict=True)])

    def div_row(x, d):
        # a row divided by one number is multiplied by its float32 reciprocal, as XLA does
        r = _div(1.0, d)
        return _C.f32([v * r for v in x])

    solve_div = div_row if isinstance(b[0], list) else _div
    return _eliminate([list(row) for row in a], list(b), abs, sub_scaled, _div, solve_div)[0]


def _div(x, d):
    if d:
        return _C.f32([x / d])[0]
    # float32 division by zero, as IEEE arithmetic gives it (Python raises instead)
    if x == 0 or x != x:
        return _math.nan
    return _math.copysign(_math.inf, x) * _math.copysign(1.0, d)


def solve(a, b):
    a, b = _jnp.asarray(a), _jnp.asarray(b)
    if a.dtype.kind != "f" or b.dtype.kind != "f":
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
    if not batch:
        if not isinstance(a, _C.Tracer) and not isinstance(b, _C.Tracer):
            return _jnp.asarray(_lu_solve_values(a.tolist(), b.tolist()), dtype=a.dtype)
        return _lu_solve_rows(a, b)[0]
    a = _jnp.broadcast_to(a, batch + a.shape[-2:])
    b = _jnp.broadcast_to(b, batch + b.shape[b.ndim - core:])
    flat_a = _jnp.reshape(a, (-1,) + a.shape[-2:])
    flat_b = _jnp.reshape(b, (-1,) + b.shape[len(batch):])
    xs = [_lu_solve_rows(flat_a[i], flat_b[i])[0] for i in range(flat_a.shape[0])]
    return _jnp.reshape(_jnp.stack(xs), batch + xs[0].shape)


def inv(a):
    a = _jnp.asarray(a)
    return solve(a, _jnp.broadcast_to(_jnp.eye(a.shape[-1], dtype=a.dtype), a.shape))


def det(a):
    a = _jnp.asarray(a)
    n = a.shape[0]
    _, rows, sign = _lu_solve_rows(a, _jnp.zeros((n,), a.dtype))
    d = rows[0][0] * sign
    for i in range(1, n):
        d = d * rows[i][i]
    return d


def slogdet(a):
    d = det(a)
    return _jnp.sign(d), _jnp.log(_jnp.abs(d))


_C.require_arraylike(globals(), {
    "0:jnp.linalg.norm": "norm", "01:jnp.linalg.solve": "solve", "0:jnp.linalg.inv": "inv",
    "0:jnp.linalg.det": "det", "0:jnp.linalg.slogdet": "slogdet",
})
__getattr__ = _module_getattr("jax.numpy.linalg")
