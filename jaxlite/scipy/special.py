"""jax.scipy.special for jaxlite: logsumexp, erf family, expit/logit, gammaln and friends."""

from jaxlite import _core as _C
from jaxlite import numpy as _jnp
from jaxlite._api import stop_gradient as _stop_gradient
from jaxlite._missing import module_getattr as _module_getattr


def logsumexp(a, axis=None, b=None, keepdims=False, return_sign=False, where=None):
    a = _jnp.asarray(a)
    if a.dtype.kind != "f":
        a = _jnp.astype(a, _C.float32)
    if b is not None:
        b = _jnp.asarray(b)
        a, b = _jnp.broadcast_arrays(a, b)
        a = _jnp.where(b != 0, a, -_jnp.inf)
    amax = _jnp.max(a, axis=axis, keepdims=True)
    amax = _stop_gradient(_jnp.where(_jnp.isfinite(amax), amax, 0.0))
    e = _jnp.exp(a - amax)
    if b is not None:
        e = e * b
    s = _jnp.sum(e, axis=axis, keepdims=True)
    sign = _jnp.sign(s)
    s = _jnp.abs(s) if (b is not None or return_sign) else s
    out = _jnp.log(s) + amax
    if not keepdims:
        axes = tuple(range(a.ndim)) if axis is None else axis
        out, sign = _jnp.squeeze(out, axes), _jnp.squeeze(sign, axes)
    if return_sign:
        return out, sign
    if b is not None:
        out = _jnp.where(sign < 0, _jnp.nan, out)
    return out


def _float(x):
    """x as an array, converted to float32 (keeping its weak type) unless it is a float already."""
    x = _jnp.asarray(x)
    if x.dtype.kind != "f":
        x = _C.convert_p.bind(x, dtype=_C.float32, weak_type=x.weak_type)
    return x


def _on_float(name, fn):
    """The public function `name`: fn applied to its argument as a float array."""
    def op(x):
        return fn(_float(x))
    op.__name__ = op.__qualname__ = name
    return op


erf = _on_float("erf", _C.erf_p.bind)
erfc = _on_float("erfc", _C.erfc_p.bind)
erfinv = _on_float("erfinv", _C.erf_inv_p.bind)
expit = _on_float("expit", _C.logistic_p.bind)
gammaln = _on_float("gammaln", _C.lgamma_p.bind)
digamma = _on_float("digamma", _C.digamma_p.bind)
logit = _on_float("logit", lambda x: _jnp.log(x / (1 - x)))
def ndtr(x):
    x = _jnp.asarray(x)
    if x.dtype.kind != "f":
        raise TypeError(f"x.dtype={x.dtype.name} is not supported, see docstring for supported "
                        "types.")
    # JAX's constants are NumPy scalars of x's dtype: the result is strongly typed
    return _jnp._strong(0.5 * erfc(-x / 1.4142135623730951))


gamma = _on_float("gamma", lambda x: _jnp.exp(gammaln(x)) * _jnp.where(
    (x > 0) | (_jnp.floor(x / 2) == x / 2), 1.0, -1.0))
entr = _on_float("entr", lambda x: _jnp.where(
    x < 0, _jnp.full_like(x, -_jnp.inf), -_xlogx(x)))


def _xlog(log):
    """x * log(y) (log1p for xlog1py), 0 where x is 0; the derivative is JAX's custom rule,
    x' log(y) + y' x / y, which is nan at x = y = 0 as in JAX."""
    from jaxlite._api import custom_jvp

    @custom_jvp
    def f(x, y):
        x, y = _jnp.broadcast_arrays(_float(x), _float(y))
        safe = _jnp.where(x == 0, 1.0 if log is _jnp.log else 0.0, y)
        return _jnp.where(x == 0, _jnp.zeros_like(x), x * log(safe))

    @f.defjvp
    def f_jvp(primals, tangents):
        (x, y), (dx, dy) = primals, tangents
        out = f(x, y)
        y1 = y if log is _jnp.log else 1 + y
        return out, _jnp.astype(dx * log(y) + dy * x / y1, out.dtype)
    return f


xlogy = _xlog(_jnp.log)
xlog1py = _xlog(_jnp.log1p)
xlogy.__name__ = "xlogy"
xlog1py.__name__ = "xlog1py"


def _make_xlogx():
    # x log x with its own rule, x' (log x + 1), as JAX's entr differentiates it
    from jaxlite._api import custom_jvp

    @custom_jvp
    def xlogx(x):
        return xlogy(x, x)

    @xlogx.defjvp
    def xlogx_jvp(primals, tangents):
        (x,), (dx,) = primals, tangents
        return xlogx(x), dx * (_jnp.log(x) + 1)
    return xlogx


_xlogx = _make_xlogx()


def softmax(x, /, *, axis=None):
    from jaxlite import nn
    return nn.softmax(x, axis=axis)


def log_softmax(x, /, *, axis=None):
    from jaxlite import nn
    return nn.log_softmax(x, axis=axis)


_C.require_arraylike(globals(), {
    "0": "digamma entr erf erfc erfinv expit gamma gammaln log_softmax logit logsumexp",
    "01": "xlog1py xlogy", "0:max": "softmax",
})
__getattr__ = _module_getattr("jax.scipy.special")
