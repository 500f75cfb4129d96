"""jax.nn for jaxlite: activation functions, softmax family and one_hot."""

import math as _math

from jaxlite import _core as _C
from jaxlite import numpy as _jnp
from jaxlite._api import stop_gradient as _stop_gradient
from jaxlite._missing import module_getattr as _module_getattr
from jaxlite.scipy.special import _float, _on_float, logsumexp  # noqa: F401


def relu(x):
    # derivative 0 at 0, as JAX's custom rule gives
    x = _jnp.asarray(x)
    return _jnp.where(x > 0, x, _jnp.zeros_like(x))


def relu6(x):
    x = _jnp.asarray(x)
    return _jnp.where(x > 0, _jnp.where(x < 6, x, _jnp.full_like(x, 6)), _jnp.zeros_like(x))


def sigmoid(x):
    if x is None or isinstance(x, (list, tuple)):  # JAX's message is lax.logistic's
        raise _C.not_a_jax_value("logistic", x, 0)
    return _C.logistic_p.bind(_float(x))


# activations of one argument, each a formula in x (made a float array first)
log_sigmoid = _on_float("log_sigmoid", lambda x: -softplus(-x))
softplus = _on_float("softplus", lambda x: _jnp.logaddexp(x, 0))
soft_sign = _on_float("soft_sign", lambda x: x / (_jnp.abs(x) + 1))
silu = swish = _on_float("silu", lambda x: x * sigmoid(x))
hard_tanh = _on_float("hard_tanh", lambda x: _jnp.where(x > 1, 1.0, _jnp.where(x < -1, -1.0, x)))
hard_sigmoid = _on_float("hard_sigmoid", lambda x: relu6(x + 3.0) / 6.0)
hard_silu = hard_swish = _on_float("hard_silu", lambda x: x * hard_sigmoid(x))
tanh = _jnp.tanh  # jax.nn.tanh is jax.numpy.tanh


def leaky_relu(x, negative_slope=0.01):
    x = _float(x)
    return _jnp.where(x >= 0, x, negative_slope * x)


def elu(x, alpha=1.0):
    x = _float(x)
    safe = _jnp.where(x > 0, 0.0, x)
    return _jnp.where(x > 0, x, alpha * _jnp.expm1(safe))


def celu(x, alpha=1.0):
    x = _float(x)
    return _jnp.maximum(x, 0.0) + alpha * _jnp.expm1(_jnp.minimum(x, 0.0) / alpha)


def selu(x):
    alpha = 1.6732632423543772848170429916717
    scale = 1.0507009873554804934193349852946
    return scale * elu(x, alpha)


def gelu(x, approximate=True):
    x = _float(x)
    if approximate:
        c = _math.sqrt(2 / _math.pi)
        cdf = 0.5 * (1.0 + _jnp.tanh(c * (x + 0.044715 * (x ** 3))))
        return x * cdf
    return 0.5 * x * _C.erfc_p.bind(-x * _math.sqrt(0.5))


def glu(x, axis=-1):
    a, b = _jnp.split(x, 2, axis)
    return a * sigmoid(b)


def softmax(x, axis=-1, where=None):
    x = _float(x)
    m = _stop_gradient(_jnp.max(x, axis=axis, keepdims=True))
    e = _jnp.exp(x - m)
    return e / _jnp.sum(e, axis=axis, keepdims=True)


@_C.fused  # JAX jits log_softmax, so its exp never takes XLA's short-vector library path
def log_softmax(x, axis=-1, where=None):
    x = _float(x)
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
