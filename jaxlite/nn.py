"""jax.nn for jaxlite: activation functions, softmax family and one_hot."""

import math

from jaxlite import _core as C
from jaxlite import numpy as jnp
from jaxlite._api import stop_gradient
from jaxlite.scipy.special import logsumexp  # noqa: F401


def _float(x):
    x = jnp.asarray(x)
    if x.dtype.kind != "f":
        x = C.convert_p.bind(x, dtype=C.float32, weak_type=x.weak_type)
    return x


def relu(x):
    # derivative 0 at 0, as JAX's custom rule gives
    x = jnp.asarray(x)
    return jnp.where(x > 0, x, jnp.zeros_like(x))


def relu6(x):
    x = jnp.asarray(x)
    return jnp.where(x > 0, jnp.where(x < 6, x, jnp.full_like(x, 6)), jnp.zeros_like(x))


def sigmoid(x):
    return C.logistic_p.bind(_float(x))


def log_sigmoid(x):
    return -softplus(-_float(x))


def softplus(x):
    return jnp.logaddexp(_float(x), 0)


def soft_sign(x):
    x = _float(x)
    return x / (jnp.abs(x) + 1)


def silu(x):
    x = _float(x)
    return x * sigmoid(x)


swish = silu


def hard_tanh(x):
    x = _float(x)
    return jnp.where(x > 1, 1.0, jnp.where(x < -1, -1.0, x))


def hard_sigmoid(x):
    return relu6(_float(x) + 3.0) / 6.0


def hard_silu(x):
    x = _float(x)
    return x * hard_sigmoid(x)


hard_swish = hard_silu


def leaky_relu(x, negative_slope=0.01):
    x = _float(x)
    return jnp.where(x >= 0, x, negative_slope * x)


def elu(x, alpha=1.0):
    x = _float(x)
    safe = jnp.where(x > 0, 0.0, x)
    return jnp.where(x > 0, x, alpha * jnp.expm1(safe))


def celu(x, alpha=1.0):
    x = _float(x)
    return jnp.maximum(x, 0.0) + alpha * jnp.expm1(jnp.minimum(x, 0.0) / alpha)


def selu(x):
    alpha = 1.6732632423543772848170429916717
    scale = 1.0507009873554804934193349852946
    return scale * elu(x, alpha)


def gelu(x, approximate=True):
    x = _float(x)
    if approximate:
        c = math.sqrt(2 / math.pi)
        cdf = 0.5 * (1.0 + jnp.tanh(c * (x + 0.044715 * (x ** 3))))
        return x * cdf
    return 0.5 * x * C.erfc_p.bind(-x * math.sqrt(0.5))


def glu(x, axis=-1):
    a, b = jnp.split(x, 2, axis)
    return a * sigmoid(b)


def tanh(x):
    return jnp.tanh(x)


def softmax(x, axis=-1, where=None):
    x = _float(x)
    m = stop_gradient(jnp.max(x, axis=axis, keepdims=True))
    e = jnp.exp(x - m)
    return e / jnp.sum(e, axis=axis, keepdims=True)


def log_softmax(x, axis=-1, where=None):
    x = _float(x)
    shifted = x - stop_gradient(jnp.max(x, axis=axis, keepdims=True))
    return shifted - jnp.log(jnp.sum(jnp.exp(shifted), axis=axis, keepdims=True))


def standardize(x, axis=-1, mean=None, variance=None, epsilon=1e-5, where=None):
    x = _float(x)
    if mean is None:
        mean = jnp.mean(x, axis, keepdims=True)
    if variance is None:
        variance = jnp.mean(jnp.square(x), axis, keepdims=True) - jnp.square(mean)
    return (x - mean) * jnp.sqrt(variance + epsilon) ** -1 if False else \
        (x - mean) / jnp.sqrt(variance + epsilon)


def one_hot(x, num_classes, *, dtype=None, axis=-1):
    x = jnp.asarray(x)
    dt = C.float32 if dtype is None else C.to_dtype(dtype)
    nd = x.ndim + 1
    ax = axis % nd
    shape = [1] * nd
    shape[ax] = num_classes
    classes = jnp.reshape(jnp.arange(num_classes), tuple(shape))
    xe = jnp.expand_dims(x, ax)
    return jnp.astype(xe == classes, dt)


def __getattr__(name):
    if name.startswith("_"):
        raise AttributeError(name)
    if name == "initializers":
        raise NotImplementedError(
            "jax.nn.initializers is not available in the in-browser runtime (jaxlite)")
    raise NotImplementedError(
        f"jax.nn.{name} is not available in the in-browser runtime (jaxlite)")
