"""jax.nn for jaxlite: activation functions, softmax family and one_hot."""

import math as _math

from jaxlite import _core as _C
from jaxlite import numpy as _jnp
from jaxlite._api import stop_gradient as _stop_gradient
from jaxlite._missing import module_getattr as _module_getattr
from jaxlite.scipy.special import _float, logsumexp  # noqa: F401

# Each activation is JAX's formula, so that its dtype and weak type come from the same
# promotions: relu of booleans is int32, hard_tanh of integers stays an integer, and the Python
# constants of a formula keep a weakly typed result weak.


def _promoted(x, name, other):
    """x as the operand of jnp.`name`(x, other) after promotion (relu's maximum(x, 0))."""
    return _jnp._prep(name, x, other)[0]


def relu(x):
    # maximum(x, 0), with JAX's custom derivative: 0 at 0
    x = _promoted(x, "max", 0)
    return _jnp.where(x > 0, x, _jnp.where(x == x, _jnp.zeros_like(x), x))


def relu6(x):
    # minimum(maximum(x, 0), 6.0), with JAX's custom derivative: 0 at 0 and at 6
    x = _promoted(_promoted(x, "max", 0), "min", 6.0)
    six = _jnp.full_like(x, 6)
    return _jnp.where(x > 0, _jnp.where(x < 6, x, six),
                      _jnp.where(x == x, _jnp.zeros_like(x), x))


def sigmoid(x):
    if x is None or isinstance(x, (list, tuple)):  # JAX's message is lax.logistic's
        raise _C.not_a_jax_value("logistic", x, 0)
    x = _jnp.asarray(x)
    if x.dtype.kind != "f":
        raise _C._dtype_error("logistic", x.dtype)
    return _C.logistic_p.bind(x)


def softplus(x):
    return _jnp.logaddexp(x, 0)


def soft_sign(x):
    x = _jnp.asarray(x)
    return x / (_jnp.abs(x) + 1)


def silu(x):
    x = _jnp.asarray(x)
    return x * sigmoid(x)


swish = silu


def log_sigmoid(x):
    x = _jnp.asarray(x)
    return -softplus(-x)


def hard_tanh(x):
    x = _jnp.asarray(x)
    return _jnp.where(x > 1, 1, _jnp.where(x < -1, -1, x))


def hard_sigmoid(x):
    return relu6(_jnp.asarray(x) + 3.0) / 6.0


def hard_silu(x):
    x = _jnp.asarray(x)
    return x * hard_sigmoid(x)


hard_swish = hard_silu
tanh = _jnp.tanh  # jax.nn.tanh is jax.numpy.tanh


def leaky_relu(x, negative_slope=0.01):
    x = _jnp.asarray(x)
    return _jnp.where(x >= 0, x, negative_slope * x)


def elu(x, alpha=1.0):
    x = _jnp.asarray(x)
    safe = _jnp.where(x > 0, 0.0, x)
    return _jnp.where(x > 0, x, alpha * _jnp.expm1(safe))


def celu(x, alpha=1.0):
    return _jnp.maximum(x, 0.0) + alpha * _jnp.expm1(_jnp.minimum(x, 0.0) / alpha)


def selu(x):
    alpha = 1.6732632423543772848170429916717
    scale = 1.0507009873554804934193349852946
    return scale * elu(x, alpha)


def gelu(x, approximate=True):
    # JAX's constants are float32 NumPy scalars: the result is never weakly typed
    x = _float(x)
    if approximate:
        c = _C.const(_math.sqrt(2 / _math.pi), x.dtype)
        cdf = 0.5 * (1.0 + _jnp.tanh(c * (x + 0.044715 * (x ** 3))))
        return x * cdf
    out = 0.5 * x * _C.erfc_p.bind(-x * _C.const(_math.sqrt(0.5), x.dtype))
    return out if not out.weak_type else _C.convert_p.bind(out, dtype=out.dtype, weak_type=False)


def glu(x, axis=-1):
    x = _jnp.asarray(x)
    size = tuple(x.shape)[axis]  # a 0-d input: the IndexError JAX gives
    assert size % 2 == 0, "axis size must be divisible by 2"
    a, b = _jnp.split(x, 2, axis)
    return a * sigmoid(b)


def _softmax_input(x, axis):
    # JAX takes the maximum along axis, then subtracts it before any conversion: booleans
    # fail there
    x = _jnp.asarray(x)
    _jnp._norm_axes(axis, x.ndim)
    if x.dtype is _C.bool_:
        raise _C._dtype_error("sub", x.dtype, 0)
    return _float(x)


def softmax(x, axis=-1, where=None):
    x = _softmax_input(x, axis)
    m = _stop_gradient(_jnp.max(x, axis=axis, keepdims=True))
    e = _jnp.exp(x - m)
    return e / _jnp.sum(e, axis=axis, keepdims=True)


@_C.fused  # JAX jits log_softmax, so its exp never takes XLA's short-vector library path
def log_softmax(x, axis=-1, where=None):
    x = _softmax_input(x, axis)
    shifted = x - _stop_gradient(_jnp.max(x, axis=axis, keepdims=True))
    return shifted - _jnp.log(_jnp.sum(_jnp.exp(shifted), axis=axis, keepdims=True))


def standardize(x, axis=-1, mean=None, variance=None, epsilon=1e-5, where=None):
    x = _float(x)
    if mean is None:
        mean = _jnp.mean(x, axis, keepdims=True)
    if variance is None:
        variance = _jnp.mean(_jnp.square(x), axis, keepdims=True) - _jnp.square(mean)
    return (x - mean) / _jnp.sqrt(variance + epsilon)


def one_hot(x, num_classes, *, dtype=None, axis=-1):
    x = _jnp.asarray(x)
    if x.dtype is _C.bool_:  # JAX compares with an iota of x's dtype
        raise TypeError("iota does not accept dtype bool. Accepted dtypes are subtypes of "
                        "integer, floating, complexfloating.")
    dt = _C.float32 if dtype is None else _C.to_dtype(dtype)
    ax = axis % (x.ndim + 1)
    shape = [1] * (x.ndim + 1)
    shape[ax] = num_classes
    classes = _jnp.reshape(_jnp.arange(num_classes), tuple(shape))
    return _jnp.astype(_jnp.expand_dims(x, ax) == classes, dt)


_C.require_arraylike(globals(), {
    "0": "elu gelu glu hard_silu hard_tanh leaky_relu log_sigmoid log_softmax silu soft_sign "
         "standardize",
    "0:maximum": "celu relu relu6", "0:logaddexp": "softplus", "0:max": "softmax",
    "0:silu": "swish", "0:elu": "selu", "0:hard_silu": "hard_swish",
})
__getattr__ = _module_getattr("jax.nn")
