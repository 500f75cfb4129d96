"""jax.numpy.linalg for jaxlite: norms and small dense linear algebra built from primitives."""

import math as _math

from jaxlite import _core as _C
from jaxlite._missing import module_getattr as _module_getattr


def _jnp():
    from jaxlite import numpy as jnp
    return jnp


def norm(x, ord=None, axis=None, keepdims=False):
    jnp = _jnp()
    x = jnp.asarray(x)
    if x.dtype.kind != "f":
        x = jnp.astype(x, _C.float32)
    if axis is None:
        if ord is None or (ord in ("fro", "f") and x.ndim == 2):
            if x.size == 1:
                # with nothing to add up XLA simplifies sqrt(x * x) to |x|; the derivative
                # still follows sqrt(x * x), so it is nan at 0 as in JAX
                r = _single_norm()(jnp.reshape(x, ()))
            else:
                # XLA fuses the square into the sum as a multiply-add chain, as a dot product
                r = jnp.sqrt(jnp.vdot(x, x))
            return jnp.reshape(r, (1,) * x.ndim) if keepdims else r
        if x.ndim == 1:
            axis = 0
        elif x.ndim == 2:
            axis = (0, 1)
        else:
            raise ValueError("Improper number of axes for norm")
    if isinstance(axis, int) or (isinstance(axis, tuple) and len(axis) == 1):
        ax = axis if isinstance(axis, int) else axis[0]
        a = jnp.abs(x)
        if ord is None or ord == 2:
            return jnp.sqrt(jnp.sum(x * x, axis=ax, keepdims=keepdims))
        if ord == _math.inf or ord == "inf":
            return jnp.max(a, axis=ax, keepdims=keepdims)
        if ord == -_math.inf:
            return jnp.min(a, axis=ax, keepdims=keepdims)
        if ord == 0:
            return jnp.sum(jnp.astype(a != 0, x.dtype), axis=ax, keepdims=keepdims)
        if ord == 1:
            return jnp.sum(a, axis=ax, keepdims=keepdims)
        return jnp.power(jnp.sum(jnp.power(a, ord), axis=ax, keepdims=keepdims), 1.0 / ord)
    r0, c0 = axis
    if ord is None or ord in ("fro", "f"):
        return jnp.sqrt(jnp.sum(x * x, axis=axis, keepdims=keepdims))
    a = jnp.abs(x)
    if ord == 1:
        return jnp.max(jnp.sum(a, axis=r0, keepdims=True), axis=axis, keepdims=keepdims) \
            if keepdims else jnp.max(jnp.sum(a, axis=r0), axis=c0 - (1 if c0 > r0 else 0))
    if ord == _math.inf:
        return jnp.max(jnp.sum(a, axis=c0, keepdims=True), axis=axis, keepdims=keepdims) \
            if keepdims else jnp.max(jnp.sum(a, axis=c0), axis=r0 - (1 if r0 > c0 else 0))
    raise _C._not_available(f"jax.numpy.linalg.norm(ord={ord!r}) for matrices")


_SINGLE_NORM = []


def _single_norm():
    if not _SINGLE_NORM:
        from jaxlite._api import custom_jvp
        jnp = _jnp()
        f = custom_jvp(lambda x: jnp.abs(x))

        def rule(primals, tangents):
            (x,), (t,) = primals, tangents
            ans = f(x)
            return ans, (t * x + x * t) * (0.5 / ans)
        f.defjvp(rule)
        _SINGLE_NORM.append(f)
    return _SINGLE_NORM[0]


def _lu_solve_rows(a, b):
    """Gaussian elimination with partial pivoting written with differentiable ops."""
    jnp = _jnp()
    n = a.shape[0]
    rows = [a[i] for i in range(n)]
    rhs = [b[i] for i in range(n)]
    sign = 1.0
    for k in range(n):
        piv = max(range(k, n), key=lambda i: abs(float(_C.concrete_array(rows[i][k]).item())))
        if piv != k:
            rows[k], rows[piv] = rows[piv], rows[k]
            rhs[k], rhs[piv] = rhs[piv], rhs[k]
            sign = -sign
        for i in range(k + 1, n):
            f = rows[i][k] / rows[k][k]
            rows[i] = rows[i] - f * rows[k]
            rhs[i] = rhs[i] - f * rhs[k]
    xs = [None] * n
    for i in reversed(range(n)):
        acc = rhs[i]
        for j in range(i + 1, n):
            acc = acc - rows[i][j] * xs[j]
        xs[i] = acc / rows[i][i]
    return jnp.stack(xs), rows, sign


def _lu_solve_values(a, b):
    """`_lu_solve_rows` on concrete values: the same float32 operations in the same order.

    Solving outside any transformation needs no tracing, and one jaxlite operation per row
    update costs far more than the arithmetic; the results are bit for bit the same.
    """
    n = len(a)
    rows = [list(row) for row in a]
    rhs = list(b)
    vector = not isinstance(rhs[0], list)

    def axpy(f, x, y):  # y - f * x, both operations rounded as the array operations are
        if not isinstance(x, list):
            return _f32([y - _f32([f * x])[0]])[0]
        return _f32([yi - pi for yi, pi in zip(y, _f32([f * xi for xi in x]), strict=True)])

    for k in range(n):
        piv = max(range(k, n), key=lambda i: abs(rows[i][k]))
        if piv != k:
            rows[k], rows[piv] = rows[piv], rows[k]
            rhs[k], rhs[piv] = rhs[piv], rhs[k]
        for i in range(k + 1, n):
            f = _div(rows[i][k], rows[k][k])
            rows[i] = axpy(f, rows[k], rows[i])
            rhs[i] = axpy(f, rhs[k], rhs[i])
    xs = [None] * n
    for i in reversed(range(n)):
        acc = rhs[i]
        for j in range(i + 1, n):
            acc = axpy(rows[i][j], xs[j], acc)
        d = rows[i][i]
        if vector:
            xs[i] = _div(acc, d)
        else:
            # a row divided by one number is multiplied by its float32 reciprocal, as XLA does
            r = _div(1.0, d)
            xs[i] = _f32([v * r for v in acc])
    return xs


def _div(x, d):
    if d:
        return _f32([x / d])[0]
    # float32 division by zero, as IEEE arithmetic gives it (Python raises instead)
    if x == 0 or x != x:
        return _math.nan
    return _math.copysign(_math.inf, x) * _math.copysign(1.0, d)


def _f32(values):
    return _C.f32(values)


def solve(a, b):
    jnp = _jnp()
    a, b = jnp.asarray(a), jnp.asarray(b)
    if a.dtype.kind != "f" or b.dtype.kind != "f":
        a, b = jnp.astype(a, _C.float32), jnp.astype(b, _C.float32)
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
    batch = jnp.broadcast_shapes(a.shape[:-2], b.shape[:b.ndim - core])
    if not batch:
        if not isinstance(a, _C.Tracer) and not isinstance(b, _C.Tracer):
            return jnp.asarray(_lu_solve_values(a.tolist(), b.tolist()), dtype=a.dtype)
        return _lu_solve_rows(a, b)[0]
    a = jnp.broadcast_to(a, batch + a.shape[-2:])
    b = jnp.broadcast_to(b, batch + b.shape[b.ndim - core:])
    flat_a = jnp.reshape(a, (-1,) + a.shape[-2:])
    flat_b = jnp.reshape(b, (-1,) + b.shape[len(batch):])
    xs = [_lu_solve_rows(flat_a[i], flat_b[i])[0] for i in range(flat_a.shape[0])]
    return jnp.reshape(jnp.stack(xs), batch + xs[0].shape)


def inv(a):
    jnp = _jnp()
    a = jnp.asarray(a)
    return solve(a, jnp.broadcast_to(jnp.eye(a.shape[-1], dtype=a.dtype), a.shape))


def det(a):
    jnp = _jnp()
    a = jnp.asarray(a)
    n = a.shape[0]
    _, rows, sign = _lu_solve_rows(a, jnp.zeros((n,), a.dtype))
    d = rows[0][0] * sign
    for i in range(1, n):
        d = d * rows[i][i]
    return d


def slogdet(a):
    jnp = _jnp()
    d = det(a)
    return jnp.sign(d), jnp.log(jnp.abs(d))


_C.require_arraylike(globals(), {
    "0:jnp.linalg.norm": "norm", "01:jnp.linalg.solve": "solve", "0:jnp.linalg.inv": "inv",
    "0:jnp.linalg.det": "det", "0:jnp.linalg.slogdet": "slogdet",
})
__getattr__ = _module_getattr("jax.numpy.linalg")
