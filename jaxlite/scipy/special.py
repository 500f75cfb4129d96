"""jax.scipy.special for jaxlite: logsumexp, erf family, expit/logit, gammaln and friends."""

from jaxlite import _core as C
from jaxlite import numpy as jnp
from jaxlite._api import stop_gradient


def logsumexp(a, axis=None, b=None, keepdims=False, return_sign=False, where=None):
    a = jnp.asarray(a)
    if a.dtype.kind != "f":
        a = jnp.astype(a, C.float32)
    if b is not None:
        b = jnp.asarray(b)
        a, b = jnp.broadcast_arrays(a, b)
        a = jnp.where(b != 0, a, -jnp.inf)
    amax = jnp.max(a, axis=axis, keepdims=True)
    amax = stop_gradient(jnp.where(jnp.isfinite(amax), amax, 0.0))
    e = jnp.exp(a - amax)
    if b is not None:
        e = e * b
    s = jnp.sum(e, axis=axis, keepdims=True)
    sign = jnp.sign(s)
    s = jnp.abs(s) if (b is not None or return_sign) else s
    out = jnp.log(s) + amax
    if not keepdims:
        axes = tuple(range(a.ndim)) if axis is None else axis
        out = jnp.squeeze(out, axes)
        sign = jnp.squeeze(sign, axes)
    if return_sign:
        return out, sign
    if b is not None:
        out = jnp.where(sign < 0, jnp.nan, out)
    return out


def _float(x):
    x = jnp.asarray(x)
    if x.dtype.kind != "f":
        x = jnp.astype(x, C.float32) if not x.weak_type else C.convert_p.bind(
            x, dtype=C.float32, weak_type=True)
    return x


def erf(x):
    return C.erf_p.bind(_float(x))


def erfc(x):
    return C.erfc_p.bind(_float(x))


def erfinv(x):
    return C.erf_inv_p.bind(_float(x))


def expit(x):
    return C.logistic_p.bind(_float(x))


def logit(x):
    x = _float(x)
    return jnp.log(x / (1 - x))


def gammaln(x):
    return C.lgamma_p.bind(_float(x))


def digamma(x):
    return C.digamma_p.bind(_float(x))


def gamma(x):
    x = _float(x)
    return jnp.exp(gammaln(x)) * jnp.where((x > 0) | (jnp.floor(x / 2) == x / 2), 1.0, -1.0)


def xlogy(x, y):
    x, y = jnp.broadcast_arrays(_float(x), _float(y))
    safe_y = jnp.where(x == 0, 1.0, y)
    return jnp.where(x == 0, 0.0, x * jnp.log(safe_y))


def xlog1py(x, y):
    x, y = jnp.broadcast_arrays(_float(x), _float(y))
    safe_y = jnp.where(x == 0, 0.0, y)
    return jnp.where(x == 0, 0.0, x * jnp.log1p(safe_y))


def entr(x):
    x = _float(x)
    return jnp.where(x > 0, -xlogy(x, x), jnp.where(x == 0, 0.0, -jnp.inf))


def softmax(x, axis=-1):
    from jaxlite import nn
    return nn.softmax(x, axis=axis)


def log_softmax(x, axis=-1):
    from jaxlite import nn
    return nn.log_softmax(x, axis=axis)


def ndtr(x):
    x = _float(x)
    return 0.5 * erfc(-x / 1.4142135623730951)


def __getattr__(name):
    if name.startswith("_"):
        raise AttributeError(name)
    raise NotImplementedError(
        f"jax.scipy.special.{name} is not available in the in-browser runtime (jaxlite)")
