"""jax.numpy for jaxlite: array creation, elementwise math, reductions and shape functions."""

import builtins as _builtins
import functools as _functools
import itertools as _itertools
import math as _math
import operator as _operator
import sys as _sys

from jaxlite import _core as _C
from jaxlite._core import _SCALAR_TYPES
from jaxlite._core import Array as _Array
from jaxlite._core import ArrayBase as _ArrayBase
from jaxlite._core import Tracer as _Tracer
from jaxlite._core import asarray as _asarray
from jaxlite._core import bool_ as _B
from jaxlite._core import broadcast_shapes as _bshapes
from jaxlite._core import const as _const
from jaxlite._core import float32 as _F32
from jaxlite._core import int32 as _I32
from jaxlite._core import prod as _prod
from jaxlite._core import uint32 as _U32
from jaxlite._missing import module_getattr as _module_getattr
from jaxlite._prng import fma32 as _fma32

ndarray = _ArrayBase
float32 = _SCALAR_TYPES["float32"]
int32 = _SCALAR_TYPES["int32"]
uint32 = _SCALAR_TYPES["uint32"]
complex64 = _SCALAR_TYPES["complex64"]
float64, int64, uint64, complex128 = (
    _C.X64ScalarType(n) for n in ("float64", "int64", "uint64", "complex128"))
bool_ = _SCALAR_TYPES["bool"]
bool = bool_  # noqa: A001
pi = _math.pi
e = _math.e
inf = _math.inf
nan = _math.nan
euler_gamma = 0.5772156649015329
newaxis = None


class _Category:
    def __init__(self, name, kinds):
        self.name = name
        self.kinds = kinds

    def __repr__(self):
        return f"<class 'jax.numpy.{self.name}'>"


number = _Category("number", "fiubc")
inexact = _Category("inexact", "fc")
floating = _Category("floating", "f")
integer = _Category("integer", "iu")
signedinteger = _Category("signedinteger", "i")
unsignedinteger = _Category("unsignedinteger", "u")
complexfloating = _Category("complexfloating", "c")
generic = _Category("generic", "fiubc")


def dtype(x):
    return _C.to_dtype(x)


def issubdtype(a, b):
    a = _C.to_dtype(a)
    if isinstance(b, _Category):
        return a.kind in b.kinds
    return a is _C.to_dtype(b)


def result_type(*args):
    def operand(a):
        # a dtype or scalar type counts as a strongly typed array of that dtype
        if isinstance(a, (_C.DType, _C.ScalarType, str)) or isinstance(a, type) and not \
                issubclass(a, _ArrayBase):
            return _Array([0], (), _C.to_dtype(a), False)
        return _wrap(a)
    return _result(*[operand(a) for a in args])[0]


def iscomplexobj(x):
    return _wrap(x).dtype.kind == "c"


def isrealobj(x):
    return not iscomplexobj(x)


def iscomplex(x):
    x = _wrap(x)
    return not_equal(imag(x), 0) if x.dtype.kind == "c" else _const(False, _B, x.shape,
                                                                     x.weak_type)


def isreal(x):
    return logical_not(iscomplex(x))


def real(val, /):
    x = _wrap(val)
    return _C.real_p.bind(x) if x.dtype.kind == "c" else x


def imag(val, /):
    x = _wrap(val)
    return _C.imag_p.bind(x) if x.dtype.kind == "c" else zeros_like(x)


def conjugate(x, /):
    x = _wrap(x)
    return _C.conj_p.bind(x) if x.dtype.kind == "c" else x


conj = conjugate


def angle(z, deg=False):
    z = _wrap(z)
    re_, im_ = (real(z), imag(z)) if z.dtype.kind == "c" else (z, zeros_like(z))
    if re_.dtype.kind != "f":
        re_, im_ = astype(re_, _F32), astype(im_, _F32)
    if z.dtype.kind != "c":  # the zero imaginary part is a strongly typed constant in JAX
        im_ = _const(0.0, _F32, re_.shape, False)
    a = arctan2(im_, re_)
    return a * (180 / pi) if deg else a


class finfo:
    def __init__(self, dt):
        self.dtype, self.bits, self.eps = _F32, 32, 1.1920929e-07
        self.max, self.min, self.tiny = 3.4028235e38, -3.4028235e38, 1.1754944e-38
        self.smallest_normal = self.tiny
        self.resolution = 1e-06


class iinfo:
    def __init__(self, dt):
        dt = _C.to_dtype(dt)
        self.dtype = dt
        self.bits = 32
        if dt is _U32:
            self.min, self.max = 0, 4294967295
        else:
            self.min, self.max = -2147483648, 2147483647

    def __repr__(self):
        return f"iinfo(min={self.min}, max={self.max}, dtype={self.dtype.name})"


# ---------------------------------------------------------------------------
# operand handling


def _wrap(x):
    if isinstance(x, _ArrayBase):
        return x
    return _asarray(x)


def _result(*xs):
    strong = None
    weak = None
    for x in xs:
        d = x.dtype
        if x.weak_type:
            if weak is None or d.cat > weak.cat:
                weak = d
        else:
            if strong is None or d.cat > strong.cat:
                strong = d
    if strong is None:
        return weak, True
    if weak is None or strong.cat >= weak.cat:
        return strong, False
    if strong.kind == "f" and weak.kind == "c":
        # a float32 array and a Python complex make complex64 (complex* joins float32 there)
        return _C.complex64, False
    return weak, True


def _cast(x, dt, weak):
    if x.dtype is dt:
        if x.weak_type and not weak and isinstance(x, _Tracer):
            # a weak operand made strong is a conversion in JAX too; its transpose gives the
            # cotangent back its weak type, so a gradient follows the computation's types
            return _C.convert_p.bind(x, dtype=dt, weak_type=False)
        return x
    return _C.convert_p.bind(x, dtype=dt, weak_type=weak)


def _broadcast_to(x, shape):
    if x.shape == shape:
        return x
    return _C.broadcast_p.bind(x, shape=shape)


def _shape_err(name, shapes):
    # jax.numpy broadcasts operands of different ranks itself and raises numpy's ValueError;
    # operands of one rank go straight to the lax primitive `name`, which raises TypeError
    if len({len(s) for s in shapes}) > 1:
        return ValueError(
            f"Incompatible shapes for broadcasting: shapes={[tuple(s) for s in shapes]}")
    return TypeError(
        f"{name} got incompatible shapes for broadcasting: "
        f"{', '.join(str(tuple(s)) for s in shapes)}.")


def _prep(name, *args, dtype=None):
    xs = [_wrap(a) for a in args]
    dt, weak = _result(*xs)
    if dtype is not None:
        dt, weak = dtype, False
    xs = [_cast(x, dt, weak) for x in xs]
    shapes = [x.shape for x in xs]
    s0 = shapes[0]
    if _builtins.any(s != s0 for s in shapes):
        try:
            shape = _bshapes(*shapes)
        except ValueError:
            raise _shape_err(name, shapes) from None
        xs = [_broadcast_to(x, shape) for x in xs]
    return xs


def _named(f, name):
    # the code object too, so tracebacks and warnings name the function as JAX's do
    f.__name__ = f.__qualname__ = name
    f.__code__ = f.__code__.replace(co_name=name, co_qualname=name)
    return f


def _index_primitive(name, impl):
    """A primitive whose int32 result is computed from its operands' values (a permutation,
    positions): it has no derivative, so JAX's jvp gives it a float0 tangent, and vmap runs
    it once per example."""
    p = _C.Primitive(name)
    p.impl = impl
    p.jvp = lambda primals, tangents, **params: (p.bind(*primals, **params), None)
    p.vjp = lambda ct, out, *xs, **params: (None,) * len(xs)
    p.batch = lambda vals, dims, n, **params: _C.batch_loop(p, vals, dims, n, params)
    return p


def _binop(prim, name, fname=None):
    """Promote, broadcast, then apply prim; `name` is the lax name its errors give.

    Given fname, the function is named fname throughout (as a def would be)."""
    def f(x, y, /):
        a, b = _prep(name, x, y)
        return prim.bind(a, b)
    f.__name__ = name
    return _named(f, fname) if fname else f


def _float_unary(prim, name):
    def f(x, /):
        x = _wrap(x)
        if x.dtype.kind not in "fc":
            x = _cast(x, _F32, x.weak_type)
        return prim.bind(x)
    f.__name__ = name
    return f


def _unary(prim, name, skip=""):
    """Apply prim; an input whose dtype kind is in `skip` comes back unchanged."""
    def f(x, /):
        x = _wrap(x)
        return x if x.dtype.kind in skip else prim.bind(x)
    return _named(f, name)


def _to_bool(x):
    # JAX's x != 0, whose result is weakly typed when x is
    x = _wrap(x)
    return x if x.dtype is _B else _C.ne_p.bind(x, _const(0, x.dtype, x.shape, x.weak_type))


def _logical(op, name):
    def f(x, y, /):
        a, b = _prep(op.__name__, x, y)
        return op(_to_bool(a), _to_bool(b))
    return _named(f, name)


add = _binop(_C.add_p, "add")
subtract = _binop(_C.sub_p, "sub")
multiply = _binop(_C.mul_p, "mul", "multiply")
def floor_divide(x, y, /):
    return _C.floordiv_p.bind(*_prep_numeric("floor_divide", x, y))
maximum = _binop(_C.max_p, "max")
minimum = _binop(_C.min_p, "min")
equal = _binop(_C.eq_p, "eq")
not_equal = _binop(_C.ne_p, "ne")
less = _binop(_C.lt_p, "lt")
less_equal = _binop(_C.le_p, "le")
greater = _binop(_C.gt_p, "gt")
greater_equal = _binop(_C.ge_p, "ge")
bitwise_and = _binop(_C.and_p, "and")
bitwise_or = _binop(_C.or_p, "or")
bitwise_xor = _binop(_C.xor_p, "xor")
logical_and = _logical(bitwise_and, "logical_and")
logical_or = _logical(bitwise_or, "logical_or")
logical_xor = _logical(bitwise_xor, "logical_xor")


def logical_not(x, /):
    return _C.not_p.bind(_to_bool(x))


invert = bitwise_not = _unary(_C.not_p, "invert")
negative = _unary(_C.neg_p, "negative")
sign = _unary(_C.sign_p, "sign")
abs = absolute = _unary(_C.abs_p, "abs", skip="b")  # noqa: A001
exp = _float_unary(_C.exp_p, "exp")
log = _float_unary(_C.log_p, "log")
log1p = _float_unary(_C.log1p_p, "log1p")
expm1 = _float_unary(_C.expm1_p, "expm1")
sqrt = _float_unary(_C.sqrt_p, "sqrt")
sin = _float_unary(_C.sin_p, "sin")
cos = _float_unary(_C.cos_p, "cos")
tan = _float_unary(_C.tan_p, "tan")
tanh = _float_unary(_C.tanh_p, "tanh")
arcsin = asin = _float_unary(_C.asin_p, "arcsin")
arccos = acos = _float_unary(_C.acos_p, "arccos")
arctan = atan = _float_unary(_C.atan_p, "arctan")
sinh = _float_unary(_C.sinh_p, "sinh")
cosh = _float_unary(_C.cosh_p, "cosh")
arcsinh = asinh = _float_unary(_C.asinh_p, "arcsinh")
arccosh = acosh = _float_unary(_C.acosh_p, "arccosh")
arctanh = atanh = _float_unary(_C.atanh_p, "arctanh")
floor = _unary(_C.floor_p, "floor", skip="iub")
ceil = _unary(_C.ceil_p, "ceil", skip="iub")
def rint(x, /):
    x = _wrap(x)
    if x.dtype.kind != "f":
        return _cast(x, _F32, False)
    return _C.round_p.bind(x)



def _inexact(x):
    """x as JAX's promote_args_inexact leaves it: integers and booleans become float32, and
    only a weakly typed input stays weak (a Python int does, an int32 array does not)."""
    x = _wrap(x)
    return x if x.dtype.kind == "f" else _cast(x, _F32, x.weak_type)


def _prep_float(name, x, y):
    """_prep, then integer or boolean operands become float32."""
    a, b = _prep(name, x, y)
    if a.dtype.kind != "f":
        a, b = _cast(a, _F32, a.weak_type), _cast(b, _F32, b.weak_type)
    return a, b


def true_divide(x, y, /):
    xs = [_wrap(x), _wrap(y)]
    dt, weak = _result(*xs)
    if dt.kind not in "fc":
        dt = _F32
    a, b = (_cast(v, dt, weak) for v in xs)
    if a.shape != b.shape:
        try:
            shape = _bshapes(a.shape, b.shape)
        except ValueError:
            raise _shape_err("div", [a.shape, b.shape]) from None
        if b.shape != shape and shape != ():
            # XLA rewrites a division by a broadcast value into a multiplication by the
            # broadcast reciprocal, so the rounding follows x * (1 / y)
            r = _C.div_p.bind(_const(1.0, b.dtype, b.shape, b.weak_type), b)
            return _C.mul_p.bind(_broadcast_to(a, shape), _broadcast_to(r, shape))
        a = _broadcast_to(a, shape)
        b = _broadcast_to(b, shape)
    return _C.div_p.bind(a, b)


divide = true_divide


def _nonzero_divisor(b):
    # jnp's integer fmod and remainder divide by 1 where the divisor is 0
    if b.dtype.kind in "iu":
        return _C.select_p.bind(_C.eq_p.bind(b, _const(0, b.dtype, b.shape)), b,
                                _const(1, b.dtype, b.shape, b.weak_type))
    return b


def _prep_numeric(name, x, y):
    # numeric promotion: booleans compute as int32
    a, b = _prep(name, x, y)
    if a.dtype is _B:
        a, b = _cast(a, _I32, False), _cast(b, _I32, False)
    return a, b


def fmod(x, y, /):
    a, b = _prep("rem", x, y)
    if a.dtype is _B:  # promoted after the zero-divisor check, which booleans skip
        return _C.rem_p.bind(_cast(a, _I32, False), _cast(b, _I32, False))
    return _C.rem_p.bind(a, _nonzero_divisor(b))


def remainder(x, y, /):
    # the truncated remainder (lax.rem), moved onto the divisor's side as JAX does
    a, b = _prep_numeric("rem", x, y)
    b = _nonzero_divisor(b)
    r = _C.rem_p.bind(a, b)
    zero = _const(0, r.dtype, r.shape)
    plus = _C.and_p.bind(_C.ne_p.bind(_C.lt_p.bind(r, zero), _C.lt_p.bind(b, zero)),
                         _C.ne_p.bind(r, zero))
    return _C.select_p.bind(plus, r, _C.add_p.bind(r, b))


mod = remainder


def power(x, y, /):
    yw = _wrap(y)
    if isinstance(y, int) and not isinstance(y, _builtins.bool) or (
            isinstance(yw, _Array) and yw.dtype.kind in "iu" and yw.ndim == 0
            and not isinstance(y, _ArrayBase)):
        # a static integer exponent is lax.integer_pow
        xw = _wrap(x)
        dt, weak = _result(xw, yw)
        base = _cast(xw, dt, weak)
        return _C.integer_pow_p.bind(base, y=int(yw._v[0]))
    a, b = _prep_numeric("pow", x, y)
    return _C.pow_p.bind(a, b)


pow = power  # noqa: A001


def float_power(x, y, /):
    return power(astype(x, _F32), y)


def arctan2(x1, x2, /):
    return _C.atan2_p.bind(*_prep_float("atan2", x1, x2))


atan2 = arctan2


def positive(x, /):
    return _wrap(x)


def round(a, decimals=0, out=None):  # noqa: A001
    a = _wrap(a)
    decimals = _operator.index(decimals)
    if a.dtype is _B:  # JAX asks finfo(bool) for the precision
        raise ValueError("data type <class 'numpy.bool'> not inexact")
    if a.dtype.kind == "c":
        return _C.complex_p.bind(round(real(a), decimals), round(imag(a), decimals))
    if a.dtype.kind != "f":
        return a
    if decimals == 0:
        return _C.round_p.bind(a)
    f = 10.0 ** decimals
    return true_divide(_C.round_p.bind(multiply(a, f)), f)


around = round


def trunc(x, /):
    x = _wrap(x)
    return where(less(x, 0), ceil(x), floor(x))


def square(x, /):
    x = _wrap(x)
    if x.dtype is _B:  # numeric promotion: booleans square as int32
        x = _cast(x, _I32, False)
    return _C.integer_pow_p.bind(x, y=2)


def reciprocal(x, /):
    return true_divide(1, _inexact(x))


def cbrt(x, /):
    x = astype(x, _F32) if _wrap(x).dtype.kind != "f" else _wrap(x)
    return sign(x) * power(abs(x), 1.0 / 3.0)


def exp2(x, /):
    return power(2.0, astype(x, _F32) if _wrap(x).dtype.kind != "f" else x)


@_C.fused  # JAX jits these: their exp and log run inside one fused XLA computation
def log2(x, /):
    # JAX divides by the log of a constant of x's dtype: the result is strongly typed
    x = log(x)
    return true_divide(x, _const(_math.log(2), x.dtype))


@_C.fused
def log10(x, /):
    # XLA turns the division by the constant log(10) into a multiplication by 1 / log(10)
    x = log(x)
    return multiply(x, _const(1 / _math.log(10), x.dtype))


def _logaddexp_primal(a, b):
    amax = maximum(a, b)
    delta = subtract(a, b)
    safe = where(isnan(delta), delta, negative(abs(delta)))
    return where(isnan(delta), add(a, b), add(amax, log1p(exp(safe))))


def _replace_inf(x):
    return where(isinf(x), zeros_like(x), x)


@_functools.cache
def _logaddexp_cj():
    # JAX gives logaddexp a custom derivative: exp(x_i - out) for each input
    from jaxlite._api import custom_jvp
    f = custom_jvp(_logaddexp_primal)

    def rule(primals, tangents):
        a, b = primals
        ta, tb = tangents
        out = f(a, b)
        ro = _replace_inf(out)
        t = add(multiply(ta, exp(subtract(_replace_inf(a), ro))),
                multiply(tb, exp(subtract(_replace_inf(b), ro))))
        return out, t
    f.defjvp(rule)
    return f


@_C.fused
def logaddexp(x1, x2, /):
    return _logaddexp_cj()(*_prep_float("logaddexp", x1, x2))


def hypot(x1, x2, /):
    return sqrt(add(square(x1), square(x2)))


def deg2rad(x, /):
    return multiply(_inexact(x), _math.pi / 180)


radians = deg2rad


def rad2deg(x, /):
    return multiply(_inexact(x), 180 / _math.pi)


degrees = rad2deg


def sinc(x, /):
    x = _inexact(x)
    px = multiply(x, _math.pi)
    safe = where(equal(x, 0), 1.0, px)
    return where(equal(x, 0), 1.0, true_divide(sin(safe), safe))


def heaviside(x1, x2, /):
    x1, x2 = _prep_float("heaviside", x1, x2)
    return where(less(x1, 0), 0.0, where(greater(x1, 0), 1.0, x2))


def _float_test(name, default, test):
    """`test` on a float array; an integer or boolean array is `default` throughout."""
    def f(x, /):
        x = _wrap(x)
        return test(x) if x.dtype.kind == "f" else full_like(x, default, dtype=_B)
    return _named(f, name)


isnan = _float_test("isnan", False, lambda x: not_equal(x, x))
# isinf compares with a float32 constant (strong); isfinite is lax.is_finite (weak as x is)
isinf = _float_test("isinf", False,
                    lambda x: _C.eq_p.bind(abs(x), _const(_math.inf, x.dtype, x.shape)))
isfinite = _float_test("isfinite", True, lambda x: _C.convert_p.bind(
    logical_not(logical_or(isnan(x), isinf(x))), dtype=_B, weak_type=x.weak_type))


def _is_inf_of_sign(value, name):
    # JAX compares with a constant of x's own dtype (strong), and integers are never infinite
    def f(x, /):
        x = _wrap(x)
        if x.dtype.kind != "f":
            return _const(False, _B, x.shape)
        return _C.eq_p.bind(x, _const(value, x.dtype, x.shape))
    return _named(f, name)


isposinf = _is_inf_of_sign(_math.inf, "isposinf")
isneginf = _is_inf_of_sign(-_math.inf, "isneginf")


def _signbit_impl(x):
    return _Array([_math.copysign(1.0, v) < 0 for v in x._v], x.shape, _B)


_signbit_p = _C.Primitive("signbit")  # the float's sign bit, -0.0 and -nan included
_signbit_p.impl = _signbit_impl
_signbit_p.jvp = lambda primals, tangents: (_signbit_p.bind(*primals), None)
_signbit_p.vjp = lambda ct, out, x: (None,)
_signbit_p.batch = _C._elementwise_batch(_signbit_p)


def signbit(x, /):
    x = _wrap(x)
    if x.dtype is _B:
        return _const(False, _B, x.shape)
    if x.dtype.kind != "f":
        return less(x, 0)
    return _signbit_p.bind(x)


def nan_to_num(x, copy=True, nan=0.0, posinf=None, neginf=None):
    x = _wrap(x)
    if x.dtype.kind != "f":
        return x
    posinf = 3.4028235e38 if posinf is None else posinf
    neginf = -3.4028235e38 if neginf is None else neginf
    x = where(isnan(x), nan, x)
    x = where(equal(x, _math.inf), posinf, x)
    return where(equal(x, -_math.inf), neginf, x)


def clip(a, a_min=None, a_max=None, *, min=None, max=None):  # noqa: A002
    lo = a_min if min is None else min
    hi = a_max if max is None else max
    _C.check_arraylike("clip", 0, a)
    a = _wrap(a)
    if lo is not None:
        a = maximum(lo, a)
    if hi is not None:
        a = minimum(hi, a)
    return a


def where(condition, x=None, y=None, /, *, size=None, fill_value=None):
    if x is None and y is None:
        return nonzero(condition, size=size, fill_value=fill_value)
    if x is None or y is None:
        raise ValueError("Either both or neither of the x and y arguments should be provided "
                         "to jax.numpy.where, got " + f"{x} and {y}.")
    for i, v in enumerate((condition, x, y)):
        _C.check_arraylike("where", i, v)
    c = astype(condition, _B)
    # jnp.where broadcasts all three operands itself, so any mismatch is numpy's ValueError
    _bshapes(c.shape, _wrap(x).shape, _wrap(y).shape)
    a, b = _prep("select_n", x, y)
    shape = _bshapes(c.shape, a.shape)
    c = _broadcast_to(c, shape)
    a = _broadcast_to(a, shape)
    b = _broadcast_to(b, shape)
    return _C.select_p.bind(c, b, a)


def select(condlist, choicelist, default=0):
    out = _wrap(default)
    for c, v in reversed(list(zip(condlist, choicelist, strict=False))):
        out = where(c, v, out)
    return out


def astype(x, dtype, copy=False):
    x = _wrap(x)
    dt = _C.to_dtype(dtype)
    if x.dtype is dt and not x.weak_type:
        return x
    return _C.convert_p.bind(x, dtype=dt, weak_type=False)


# ---------------------------------------------------------------------------
# creation


def array(object, dtype=None, copy=True, ndmin=0):  # noqa: A002
    if isinstance(object, _ArrayBase):
        x = object if dtype is None else astype(object, dtype)
    else:
        x = _asarray(object, dtype)
    while x.ndim < ndmin:
        x = expand_dims(x, 0)
    return x


def asarray(a, dtype=None, copy=None):
    if isinstance(a, _ArrayBase):
        return a if dtype is None else astype(a, dtype)
    return _asarray(a, dtype)


def _shape(shape):
    dims = tuple(shape) if isinstance(shape, (tuple, list)) else (shape,)
    traced = [d for d in dims if isinstance(d, _C.JitTracer)]
    if traced:
        raise TypeError("Shapes must be 1D sequences of concrete values of integer type, got "
                        f"{dims}.\nIf using `jit`, try using `static_argnums` or applying `jit` "
                        "to smaller subfunctions.\n" + traced[0]._trace.origin(traced[0].deps))
    if isinstance(shape, int) or hasattr(shape, "__index__") and not isinstance(shape, tuple):
        return (int(shape),)
    return tuple(int(s) for s in shape)


def _dt(dtype, default=_F32):
    return default if dtype is None else _C.to_dtype(dtype)


def _filled(value, name):
    """zeros, ones, empty: an array of `value`, float32 unless dtype says otherwise."""
    def f(shape, dtype=None):
        return _const(value, _dt(dtype), _shape(shape))
    return _named(f, name)


zeros = _filled(0, "zeros")
ones = _filled(1, "ones")
empty = _filled(0, "empty")


def full(shape, fill_value, dtype=None):
    _C.check_arraylike("full", 0, fill_value)
    fv = _wrap(fill_value)
    shape = _shape(shape)
    if dtype is not None:
        fv = astype(fv, dtype)
    if isinstance(fv, _Tracer) or fv.size != 1:
        return broadcast_to(fv, shape)
    return _Array(fv._v * _prod(shape), shape, fv.dtype, fv.weak_type)


def _filled_like(value, name):
    """zeros_like, ones_like, empty_like: `value` in a's dtype and shape unless overridden,
    weakly typed as a is when the dtype is a's (lax.full_like)."""
    def f(a, dtype=None, shape=None):
        a = _wrap(a)
        return _const(value, _dt(dtype, a.dtype), a.shape if shape is None else _shape(shape),
                      dtype is None and a.weak_type)
    return _named(f, name)


zeros_like = _filled_like(0, "zeros_like")
ones_like = _filled_like(1, "ones_like")
empty_like = _filled_like(0, "empty_like")


def full_like(a, fill_value, dtype=None, shape=None):
    a = _wrap(a)
    out = full(a.shape if shape is None else shape, fill_value, _dt(dtype, a.dtype))
    weak = dtype is None and a.weak_type and _wrap(fill_value).ndim == 0
    if out.weak_type == weak:
        return out
    if isinstance(out, _Tracer):
        return _C.convert_p.bind(out, dtype=out.dtype, weak_type=weak)
    return _Array(out._v, out.shape, out.dtype, weak)


def arange(start, stop=None, step=None, dtype=None):
    if stop is None:
        start, stop = 0, start
    if step is None:
        step = 1
    vals = [_C.concrete_array(_wrap(v), f"It arose in the jnp.arange argument '{nm}'")._v[0]
            if isinstance(v, _ArrayBase) else v
            for v, nm in ((start, "start"), (stop, "stop"), (step, "step"))]
    start, stop, step = vals
    is_float = _builtins.any(isinstance(v, float) for v in vals)
    dt = _dt(dtype, _F32 if is_float else _I32)
    n = _builtins.max(0, _math.ceil((stop - start) / step))
    if dt.kind == "f":
        values = _C.f32([start + i * step for i in range(n)])
    else:
        values = [int(start + i * step) for i in range(n)]
    return _Array(values, (n,), dt)


def linspace(start, stop, num=50, endpoint=True, retstep=False, dtype=None, axis=0):
    dt = _dt(dtype)

    def r(v):
        return _C.f32([v])[0]
    a, b = r(float(start)), r(float(stop))
    div = (num - 1) if endpoint else num
    # JAX computes start * (1 - i/div) + stop * (i/div). XLA makes i/div into i * c with
    # c = f32(1/div) and stop * (i * c) into i * (stop * c), then fuses the addition with
    # that product (with start * (1 - c) instead for i == 1 when it unrolls the loop)
    c = r(1 / div) if div > 0 else 0.0
    bc = r(b * c)
    vals = [a] if num == 1 else []
    for i in range(div if num > 1 else 0):
        if i == 1 and div <= 33:
            vals.append(_fma32(a, r(1 - c), bc))
        else:
            vals.append(_fma32(float(i), bc, r(a * r(1 - r(i * c)))))
    if endpoint and num > 1:
        vals.append(b)
    if dt.kind != "f":
        vals = [int(_math.floor(v)) for v in vals]
    out = _Array(vals, (num,), dt)
    if retstep:
        if num > 1:
            delta = r(r(b - a) * c)
        else:
            delta = r(b - a) if num == 1 and not endpoint else _math.nan
        return out, _Array([delta], (), _F32)
    return out


def logspace(start, stop, num=50, endpoint=True, base=10.0, dtype=None):
    return power(base, linspace(start, stop, num, endpoint))


def eye(N, M=None, k=0, dtype=None):
    M = N if M is None else M
    dt = _dt(dtype)
    one = _C.cast_values([1], _I32, dt)[0]
    zero = _C.cast_values([0], _I32, dt)[0]
    return _Array([one if j - i == k else zero for i in range(N) for j in range(M)], (N, M), dt)


def identity(n, dtype=None):
    return eye(n, dtype=dtype)


def diag(v, k=0):
    v = _wrap(v)
    k = _operator.index(k)
    if v.ndim not in (1, 2):
        raise ValueError("diag input must be 1d or 2d")
    if v.ndim == 1:
        n = v.shape[0] + _builtins.abs(k)
        out = zeros((n, n), v.dtype)
        i = arange(v.shape[0])
        rows = i if k >= 0 else i - k
        cols = i + k if k >= 0 else i
        return out.at[rows, cols].set(v)
    return diagonal(v, k)


def diagonal(a, offset=0, axis1=0, axis2=1):
    a = _wrap(a)
    axis1, axis2 = _norm_axis(axis1, a.ndim), _norm_axis(axis2, a.ndim)
    n = _builtins.min(a.shape[axis1], a.shape[axis2] - offset) if offset >= 0 else \
        _builtins.min(a.shape[axis1] + offset, a.shape[axis2])
    i = arange(_builtins.max(n, 0))
    a = moveaxis(a, (axis1, axis2), (-2, -1))
    rows = i if offset >= 0 else i - offset
    cols = i + offset if offset >= 0 else i
    return a[..., rows, cols]


def trace(a, offset=0, axis1=0, axis2=1, dtype=None, out=None):
    return sum(diagonal(a, offset, axis1, axis2), axis=-1, dtype=dtype)


def tri(N, M=None, k=0, dtype=None):
    M = N if M is None else M
    dt = _dt(dtype)
    return _Array(_C.cast_values([int(j <= i + k) for i in range(N) for j in range(M)], _I32, dt),
                 (N, M), dt)


def _triangle(name, lower):
    """tril (lower) or triu: zero the elements above (below) the k-th diagonal."""
    def f(m, k=0):
        m = _wrap(m)
        if m.ndim < 2:
            raise ValueError(f"Argument to jax.numpy.{name} must be at least 2D")
        if lower:
            return where(tri(m.shape[-2], m.shape[-1], k, _B), m, zeros_like(m))
        return where(tri(m.shape[-2], m.shape[-1], k - 1, _B), zeros_like(m), m)
    return _named(f, name)


tril = _triangle("tril", True)
triu = _triangle("triu", False)


def _tri_indices(name, keep):
    """triu_indices or tril_indices: the (row, col) pairs whose col - row `keep`s k."""
    def f(n, k=0, m=None):
        # JAX wants concrete integers: operator.index raises its TypeError for a float
        n, k = _operator.index(n), _operator.index(k)
        m = n if m is None else _operator.index(m)
        pairs = [(i, j) for i in range(n) for j in range(m) if keep(j - i, k)]
        return (_Array([i for i, _ in pairs], (len(pairs),), _I32),
                _Array([j for _, j in pairs], (len(pairs),), _I32))
    return _named(f, name)


def _tri_indices_from(name, indices):
    def f(arr, k=0):
        shape = arr.shape if hasattr(arr, "shape") else _wrap(arr).shape
        if len(shape) != 2:
            raise ValueError("Only 2-D inputs are accepted")
        return indices(shape[0], k=k, m=shape[1])
    return _named(f, name)


triu_indices = _tri_indices("triu_indices", lambda d, k: d >= k)
tril_indices = _tri_indices("tril_indices", lambda d, k: d <= k)
triu_indices_from = _tri_indices_from("triu_indices_from", triu_indices)
tril_indices_from = _tri_indices_from("tril_indices_from", tril_indices)


def meshgrid(*xi, indexing="xy", sparse=False, copy=True):
    xs = [_wrap(x) for x in xi]
    if _builtins.any(x.ndim != 1 for x in xs):
        raise ValueError("Arguments to jax.numpy.meshgrid must be 1D, got shapes "
                         f"{[tuple(x.shape) for x in xs]}")
    n = len(xs)
    shape = [x.shape[0] for x in xs]
    if indexing == "xy" and n >= 2:
        shape[0], shape[1] = shape[1], shape[0]
    out = []
    for i, x in enumerate(xs):
        s = [1] * n
        pos = i
        if indexing == "xy" and n >= 2 and i < 2:
            pos = 1 - i
        s[pos] = x.shape[0]
        out.append(broadcast_to(reshape(x, tuple(s)), tuple(shape)))
    return out


# ---------------------------------------------------------------------------
# shapes


def _norm_axis(axis, ndim):
    if axis < -ndim or axis >= ndim:
        raise ValueError(f"axis {axis} is out of bounds for array of dimension {ndim}")
    return axis + ndim if axis < 0 else axis


def _flat(a, axis):
    """(a, axis), where axis None means axis 0 of the flattened array."""
    a = _wrap(a)
    return (ravel(a), 0) if axis is None else (a, axis)


def _norm_axes(axis, ndim):
    if axis is None:
        return tuple(range(ndim))
    if isinstance(axis, (tuple, list)):
        return tuple(sorted(_norm_axis(int(a), ndim) for a in axis))
    return (_norm_axis(int(axis), ndim),)


def shape(a):
    return _wrap(a).shape


def ndim(a):
    return _wrap(a).ndim


def size(a, axis=None):
    a = _wrap(a)
    return a.size if axis is None else a.shape[axis]


def reshape(a, shape=None, order="C", *, newshape=None):
    a = _wrap(a)
    if shape is None:
        shape = newshape
    shape = _shape(shape)
    if -1 in shape:
        known = _prod([s for s in shape if s != -1])
        missing = a.size // known if known else 0
        if known * missing != a.size:
            raise TypeError(f"cannot reshape array of shape {a.shape} (size {a.size}) "
                            f"into shape {shape} because the product of specified axis sizes "
                            f"({known}) does not evenly divide {a.size}")
        shape = tuple(missing if s == -1 else s for s in shape)
    if _prod(shape) != a.size:
        raise TypeError(f"cannot reshape array of shape {a.shape} (size {a.size}) "
                        f"into shape {shape} (size {_prod(shape)})")
    if shape == a.shape:
        return a
    return _C.reshape_p.bind(a, shape=shape)


def ravel(a, order="C"):
    a = _wrap(a)
    return reshape(a, (a.size,))


def transpose(a, axes=None):
    a = _wrap(a)
    if axes is None:
        axes = tuple(reversed(range(a.ndim)))
    axes = tuple(_norm_axis(x, a.ndim) for x in axes)
    if axes == tuple(range(a.ndim)):
        return a
    return _C.transpose_p.bind(a, perm=axes)


def _lax_transpose(a, permutation):
    """lax.transpose: the permutation as given, no negative axes."""
    a = _wrap(a)
    perm = tuple(_operator.index(d) for d in permutation)
    if tuple(sorted(perm)) != tuple(range(a.ndim)):
        raise TypeError("transpose permutation isn't a permutation of operand dimensions, got "
                        f"permutation {perm} for operand shape {tuple(a.shape)}.")
    if perm == tuple(range(a.ndim)):
        return a
    return _C.transpose_p.bind(a, perm=perm)


def permute_dims(a, /, axes):
    return _lax_transpose(a, axes)


def matrix_transpose(x, /):
    return swapaxes(x, -1, -2)


def swapaxes(a, axis1, axis2):
    a = _wrap(a)
    perm = list(range(a.ndim))
    for i in (axis2, axis1):  # JAX swaps entries of a NumPy arange: NumPy's IndexError
        if not -a.ndim <= i < a.ndim:
            raise IndexError(f"index {i} is out of bounds for axis 0 with size {a.ndim}")
    perm[axis1], perm[axis2] = perm[axis2], perm[axis1]
    return _lax_transpose(a, perm)


def moveaxis(a, source, destination):
    a = _wrap(a)
    if isinstance(source, int):
        source = (source,)
    if isinstance(destination, int):
        destination = (destination,)
    src = [_norm_axis(s, a.ndim) for s in source]
    dst = [_norm_axis(d, a.ndim) for d in destination]
    order = [n for n in range(a.ndim) if n not in src]
    for d, s in sorted(zip(dst, src, strict=False)):
        order.insert(d, s)
    return transpose(a, order)


def expand_dims(a, axis):
    a = _wrap(a)
    axes = axis if isinstance(axis, (tuple, list)) else (axis,)
    nd = a.ndim + len(axes)
    axes = sorted(_norm_axis(x, nd) for x in axes)
    shape = list(a.shape)
    for x in axes:
        shape.insert(x, 1)
    return reshape(a, tuple(shape))


def squeeze(a, axis=None):
    a = _wrap(a)
    if axis is None:
        axes = [i for i, s in enumerate(a.shape) if s == 1]
    else:
        axes = _norm_axes(axis, a.ndim)
        for x in axes:
            if a.shape[x] != 1:
                raise ValueError("cannot select an axis to squeeze out which has size not "
                                 "equal to one, got "
                                 f"shape={a.shape} and dimensions={tuple(axes)}")
    return reshape(a, tuple(s for i, s in enumerate(a.shape) if i not in axes))


def atleast_1d(*arys):
    out = [reshape(a, (1,)) if _wrap(a).ndim == 0 else _wrap(a) for a in arys]
    return out[0] if len(out) == 1 else out


def atleast_2d(*arys):
    out = [reshape(a, (1,) * (2 - a.ndim) + a.shape) if a.ndim < 2 else a
           for a in map(_wrap, arys)]
    return out[0] if len(out) == 1 else out


def broadcast_to(array, shape):
    a = _wrap(array)
    shape = _shape(shape)
    try:
        s = _bshapes(a.shape, shape)
    except ValueError:
        s = None
    if s != shape:
        raise ValueError(f"Incompatible shapes for broadcasting: {a.shape} and requested "
                         f"shape {shape}")
    return _broadcast_to(a, shape)


def broadcast_arrays(*args):
    xs = [_wrap(a) for a in args]
    s = _bshapes(*[x.shape for x in xs])
    return [_broadcast_to(x, s) for x in xs]


def broadcast_shapes(*shapes):
    return _bshapes(*[tuple(s) for s in shapes])


def append(arr, values, axis=None):
    if axis is None:
        return concatenate([ravel(arr), ravel(values)])
    return concatenate([arr, values], axis=axis)


def concatenate(arrays, axis=0, dtype=None):
    xs = [_wrap(a) for a in arrays]
    if not xs:
        raise ValueError("Need at least one array to concatenate.")
    if axis is None:
        xs = [ravel(x) for x in xs]
        axis = 0
    if xs[0].ndim == 0:
        raise ValueError("Zero-dimensional arrays cannot be concatenated.")
    dt, weak = _result(*xs)
    if dtype is not None:
        dt, weak = _C.to_dtype(dtype), False
    xs = [_cast(x, dt, weak) for x in xs]
    if _builtins.any(x.ndim != xs[0].ndim for x in xs):
        raise TypeError("Cannot concatenate arrays with different numbers of dimensions: got "
                        f"{', '.join(str(y.shape) for y in xs)}.")
    axis = _norm_axis(axis, xs[0].ndim)
    for x in xs:
        if _builtins.any(
                x.shape[d] != xs[0].shape[d] for d in range(x.ndim) if d != axis):
            raise TypeError("Cannot concatenate arrays with shapes that differ in dimensions "
                            f"other than the one being concatenated: concatenating along "
                            f"dimension {axis} for shapes "
                            f"{', '.join(str(y.shape) for y in xs)}.")
    if len(xs) == 1:
        return xs[0]
    return _C.concatenate_p.bind(*xs, axis=axis)


concat = concatenate


def stack(arrays, axis=0, dtype=None):
    xs = [_wrap(a) for a in arrays]
    if not xs:
        raise ValueError("Need at least one array to stack.")
    s0 = xs[0].shape
    for x in xs:
        if x.shape != s0:
            raise ValueError("All input arrays must have the same shape. Got "
                             f"{', '.join(str(y.shape) for y in xs)}.")
    axis = _norm_axis(axis, len(s0) + 1)
    return concatenate([expand_dims(x, axis) for x in xs], axis, dtype)


def hstack(tup, dtype=None):
    xs = [atleast_1d(_wrap(a)) for a in tup]
    return concatenate(xs, 0 if xs[0].ndim == 1 else 1, dtype)


def vstack(tup, dtype=None):
    return concatenate([atleast_2d(_wrap(a)) for a in tup], 0, dtype)


def column_stack(tup):
    xs = (_wrap(a) for a in tup)
    return concatenate([reshape(a, (a.size, 1)) if a.ndim < 2 else a for a in xs], 1)


def dstack(tup):
    xs = (atleast_2d(_wrap(a)) for a in tup)
    return concatenate([reshape(a, a.shape + (1,)) if a.ndim == 2 else a for a in xs], 2)


def split(ary, indices_or_sections, axis=0):
    a = _wrap(ary)
    n = tuple(a.shape)[axis]  # a 0-d array: the IndexError JAX gives
    axis = _norm_axis(axis, a.ndim)
    if isinstance(indices_or_sections, int):
        k = indices_or_sections
        if n % k:
            raise ValueError("array split does not result in an equal division")
        bounds = [i * (n // k) for i in range(k + 1)]
    else:
        bounds = [0] + [int(i) for i in indices_or_sections] + [n]
    return [_C.slice_axis(a, axis, _builtins.min(lo, n), _builtins.min(_builtins.max(lo, hi), n))
            for lo, hi in zip(bounds[:-1], bounds[1:], strict=False)]


def array_split(ary, indices_or_sections, axis=0):
    a = _wrap(ary)
    n = tuple(a.shape)[axis]
    if isinstance(indices_or_sections, int):
        k = indices_or_sections
        q, r = divmod(n, k)
        sizes = [q + 1] * r + [q] * (k - r)
        return split(a, list(_itertools.accumulate(sizes[:-1])), axis)
    return split(a, indices_or_sections, axis)


def tile(A, reps):
    a = _wrap(A)
    reps = (reps,) if isinstance(reps, int) else tuple(reps)
    nd = _builtins.max(a.ndim, len(reps))
    a = reshape(a, (1,) * (nd - a.ndim) + a.shape)
    reps = (1,) * (nd - len(reps)) + reps
    for ax, r in enumerate(reps):
        if r != 1:
            a = concatenate([a] * r, axis=ax) if r > 0 else _C.slice_axis(a, ax, 0, 0)
    return a


def repeat(a, repeats, axis=None, total_repeat_length=None):
    a, axis = _flat(a, axis)
    axis = _norm_axis(axis, a.ndim)
    n = a.shape[axis]
    reps = [int(repeats)] * n if isinstance(repeats, int) else \
        [int(r) for r in _C.concrete_array(_wrap(repeats))._v]
    idx = [i for i in range(n) for _ in range(reps[i])]
    return take(a, _Array(idx, (len(idx),), _I32), axis=axis, mode="clip")


def flip(m, axis=None):
    m = _wrap(m)
    axes = _norm_axes(axis, m.ndim)
    idx = tuple(slice(None, None, -1) if d in axes else slice(None) for d in range(m.ndim))
    return m[idx]


def fliplr(m):
    return flip(m, 1)


def flipud(m):
    return flip(m, 0)


def roll(a, shift, axis=None):
    a = _wrap(a)
    if axis is None:
        return reshape(roll(ravel(a), shift, 0), a.shape)
    shifts = shift if isinstance(shift, (tuple, list)) else (shift,)
    axes = axis if isinstance(axis, (tuple, list)) else (axis,)
    for s, ax in zip(shifts, axes, strict=False):
        ax = _norm_axis(ax, a.ndim)
        n = a.shape[ax]
        if n == 0:
            continue
        s = int(s) % n
        if s:
            a = concatenate([_C.slice_axis(a, ax, n - s, n), _C.slice_axis(a, ax, 0, n - s)], ax)
    return a


def pad(array, pad_width, mode="constant", constant_values=0):
    a = _wrap(array)
    if mode != "constant":
        raise _C._not_available(f"jax.numpy.pad(mode={mode!r})")
    if isinstance(pad_width, int):
        pad_width = [(pad_width, pad_width)] * a.ndim
    pw = list(pad_width)
    if len(pw) == 2 and isinstance(pw[0], int):
        pw = [tuple(pw)] * a.ndim
    pw = [(p, p) if isinstance(p, int) else tuple(p) for p in pw]
    if len(pw) == 1:
        pw = pw * a.ndim
    for ax, (lo, hi) in enumerate(pw):
        parts = []
        s = list(a.shape)
        if lo:
            s[ax] = lo
            parts.append(full(tuple(s), constant_values, a.dtype))
        parts.append(a)
        if hi:
            s[ax] = hi
            parts.append(full(tuple(s), constant_values, a.dtype))
        if len(parts) > 1:
            a = concatenate(parts, ax)
    return a


# ---------------------------------------------------------------------------
# indexing


def _index_spec(x, idx):
    """Turn a Python index into (spec, index arrays) for index_p/scatter_p."""
    if isinstance(idx, list):
        # JAX's wording, its issue link included, so the message reads the same in both.
        unpack = _builtins.any(e is None or e is Ellipsis or isinstance(e, (slice, list, tuple))
                     or (isinstance(e, _Array) and e.ndim != 0) for e in idx)
        raise TypeError("Using a non-tuple sequence for multidimensional indexing is not "
                        f"allowed; use `arr[{'tuple' if unpack else 'array'}(seq)]` instead of "
                        "`arr[seq]`. See https://github.com/jax-ml/jax/issues/4564 for more "
                        "information.")
    if not isinstance(idx, tuple):
        idx = (idx,)
    # boolean masks become integer arrays (needs a concrete mask)
    expanded = []
    for e in idx:
        if isinstance(e, (list,)):
            e = _asarray(e)
        if isinstance(e, _ArrayBase) and e.dtype is _B:
            if isinstance(e, _Tracer) and _C.is_abstract(e):
                raise _C.NonConcreteBooleanIndexError(
                    f"Array boolean indices must be concrete; got {e.aval.str_short(False)}\n\n"
                    f"See {_C._DOCS}NonConcreteBooleanIndexError")
            c = _C.concrete_array(e, "nonzero")
            if c.ndim == 0:
                expanded.append(None)
                if not c._v[0]:
                    raise _C._not_available("scalar False boolean index")
                continue
            expanded.extend(nonzero(c))
            continue
        if isinstance(e, _builtins.bool):
            expanded.append(None)
            continue
        expanded.append(e)
    n_consume = _builtins.sum(1 for e in expanded if e is not None and e is not Ellipsis)
    if n_consume > x.ndim:
        raise IndexError(f"Too many indices: array is {x.ndim}-dimensional, but {n_consume} "
                         "were indexed")
    spec = []
    arrays = []
    seen_ellipsis = False
    for e in expanded:
        if e is None:
            spec.append(("n",))
        elif e is Ellipsis:
            if seen_ellipsis:
                raise IndexError("An index can only have a single ellipsis ('...')")
            seen_ellipsis = True
            spec.extend([("s", None, None, None)] * (x.ndim - n_consume))
        elif isinstance(e, slice):
            parts = []
            for p in (e.start, e.stop, e.step):
                if isinstance(p, _ArrayBase):
                    p = int(_C.concrete_array(p, "index")._v[0])
                parts.append(p)
            if parts[2] == 0:
                raise ValueError("slice step cannot be zero")
            spec.append(("s",) + tuple(parts))
        elif isinstance(e, int):
            spec.append(("i", e))
        elif isinstance(e, _ArrayBase):
            if e.dtype.kind not in "iu":
                raise TypeError("Indexer must have integer or boolean type, got indexer with "
                                f"type {e.dtype.name}")
            if isinstance(e, _Array) and e.ndim == 0:
                spec.append(("i", e._v[0]))
            else:
                spec.append(("a", len(arrays)))
                arrays.append(e)
        elif isinstance(e, float):
            raise TypeError("Indexer must have integer or boolean type, got indexer with type "
                            "float64")
        elif hasattr(e, "__index__"):
            spec.append(("i", e.__index__()))
        else:
            raise TypeError(f"Using a non-tuple sequence for multidimensional indexing is not "
                            f"allowed; use `arr[array(seq)]` instead of `arr[seq]`. Got {e!r}")
    # plain integers are not bounds-checked: JAX clamps them (only rank errors raise)
    return tuple(spec), arrays


def _getitem(x, idx):
    x = _wrap(x)
    spec, arrays = _index_spec(x, idx)
    if not arrays and isinstance(x, _Array):
        # fast paths for common eager reads
        if len(spec) == 1 and spec[0][0] == "i" and x.ndim >= 1:
            n = x.shape[0]
            i = spec[0][1]
            if i < 0:
                i += n
            i = _builtins.min(_builtins.max(i, 0), n - 1)
            inner = _prod(x.shape[1:])
            return _Array(x._v[i * inner:(i + 1) * inner], x.shape[1:], x.dtype, x.weak_type)
    return _C.index_p.bind(x, *arrays, spec=spec)


def _fill_default(dt):
    return {"f": _math.nan, "i": -2 ** 31, "u": 2 ** 32 - 1, "b": True}[dt.kind]


def _bounded(x, idx, how, fill_value=None):
    """Rewrite idx's integer indices so none is out of range; return (x, idx).

    how="clip" clamps them; how="fill" points them at a slot of fill_value appended to x
    along that axis, which is how JAX's gather fills and its scatter drops.
    """
    parts = list(idx) if isinstance(idx, tuple) else [idx]
    wrapped = [p if p is None or p is Ellipsis or isinstance(p, (slice, int)) else _wrap(p)
               for p in parts]
    used = _builtins.sum(0 if p is None or p is Ellipsis else 1 if isinstance(p, (slice, int))
                         else p.ndim if p.dtype is _B else 1 for p in wrapped)
    dim = 0
    for k, p in enumerate(wrapped):
        if p is Ellipsis:
            dim += x.ndim - used
            continue
        if p is None or isinstance(p, _builtins.bool):
            continue
        if isinstance(p, slice):
            dim += 1
            continue
        if not isinstance(p, int) and p.dtype is _B:
            dim += p.ndim
            continue
        n = x.shape[dim]
        if isinstance(p, int):
            q = p + n if p < 0 else p
            parts[k] = _builtins.min(_builtins.max(q, 0), n - 1) if how == "clip" else \
                q if 0 <= q < n else n
        else:
            q = where(p < 0, p + n, p)
            parts[k] = clip(q, 0, n - 1) if how == "clip" else \
                where((q >= 0) & (q < n), q, n)
        if how == "fill":
            pad_shape = x.shape[:dim] + (1,) + x.shape[dim + 1:]
            fv = _fill_default(x.dtype) if fill_value is None else fill_value
            fv = _const(fv, x.dtype, pad_shape, x.weak_type) if isinstance(fv, (int, float)) else \
                _cast(full(pad_shape, fv), x.dtype, x.weak_type)
            x = concatenate([x, fv], dim)
        dim += 1
    return x, tuple(parts)


def _check_index_mode(mode):
    # JAX parses gather and scatter modes alike, and names both "gather mode" when one is wrong
    if mode not in (None, "clip", "fill", "drop", "promise_in_bounds"):
        raise ValueError(f'Unknown gather mode "{mode}"')


def _gather(x, idx, mode=None, fill_value=None):
    _check_index_mode(mode)
    x = _wrap(x)
    if mode in ("fill", "drop"):
        x, idx = _bounded(x, idx, "fill", fill_value)
    return _getitem(x, idx)


def _scatter(x, idx, y, mode, index_mode=None):
    _check_index_mode(index_mode)
    x = _wrap(x)
    y = _wrap(y)
    if index_mode == "clip":
        x, idx = _bounded(x, idx, "clip")
    spec, arrays = _index_spec(x, idx)
    if y.dtype is not x.dtype or (y.weak_type and not x.weak_type):
        # converted to x's type, which JAX does with a conversion: its transpose gives the
        # update's cotangent back its weak type
        y = _cast(y, x.dtype, x.weak_type)
    out_shape = _C.index_p.bind(
        _const(0, x.dtype, x.shape), *[_C.concrete_array(a) if not isinstance(a, _Tracer)
                                       else a for a in arrays], spec=spec).shape \
        if not _builtins.any(isinstance(a, _Tracer) for a in arrays) else None
    if out_shape is not None and y.shape != out_shape:
        try:
            s = _bshapes(y.shape, out_shape)
        except ValueError:
            s = None
        if s != out_shape:
            # allow dropping leading unit dims of y
            ys = y.shape
            while ys and ys[0] == 1 and len(ys) > len(out_shape):
                ys = ys[1:]
            y = reshape(y, ys)
            if _bshapes(y.shape, out_shape) != out_shape:
                raise ValueError(f"Incompatible shapes for broadcasting: {y.shape} and "
                                 f"requested shape {out_shape}")
        y = _broadcast_to(y, out_shape)
    return _C.scatter_p.bind(x, y, *arrays, spec=spec, mode=mode)


def take(a, indices, axis=None, mode=None, fill_value=None):
    a, axis = _flat(a, axis)
    axis = _norm_axis(axis, a.ndim)
    idx = (slice(None),) * axis + (_wrap(indices),)
    return _gather(a, idx, "fill" if mode is None else mode, fill_value)


def take_along_axis(arr, indices, axis, mode=None, fill_value=None):
    arr = _wrap(arr)
    indices = _wrap(indices)
    if axis is None:
        return take(arr, ravel(indices), mode=mode, fill_value=fill_value)
    axis = _norm_axis(axis, arr.ndim)
    idx = []
    for d in range(arr.ndim):
        if d == axis:
            idx.append(indices)
        else:
            s = [1] * arr.ndim
            s[d] = arr.shape[d]
            idx.append(reshape(arange(arr.shape[d]), tuple(s)))
    return _gather(arr, tuple(idx), "fill" if mode is None else mode, fill_value)


def _nonzero_impl(a, *, size, fill):
    # the flat positions of the nonzero entries, cut or padded to `size`, one row per axis
    st = _C.strides(a.shape)
    flat = [i for i, v in enumerate(a._v) if v][:size]
    rows = []
    for d in range(a.ndim):
        row = [(i // st[d]) % a.shape[d] for i in flat]
        rows.extend(row + [fill[d]] * (size - len(row)))
    return _Array(rows, (a.ndim, size), _I32)


_nonzero_p = _index_primitive("nonzero", _nonzero_impl)


def nonzero(a, *, size=None, fill_value=None):
    a = _wrap(a)
    if a.ndim == 0:
        raise ValueError("Calling nonzero on 0d arrays is not allowed. "
                         "Use jnp.atleast_1d(scalar).nonzero() instead.")
    if size is None:
        if _C.is_abstract(a):  # JAX names the traced count of nonzeros
            _C.concrete_array(sum(a != 0), "The size argument of jnp.nonzero must be "
                              "statically specified to use jnp.nonzero within JAX "
                              "transformations.")
        size = _builtins.sum(1 for v in _C.concrete_array(a, "nonzero")._v if v)
    size = _operator.index(size)
    fill = fill_value if isinstance(fill_value, tuple) else (fill_value,) * a.ndim
    fill = tuple(0 if f is None else int(f) for f in fill)
    rows = _nonzero_p.bind(a, size=size, fill=fill)
    return tuple(reshape(_C.slice_axis(rows, 0, d, d + 1), (size,)) for d in range(a.ndim))


def argwhere(a, *, size=None, fill_value=None):
    a = _wrap(a)
    result = transpose(stack(nonzero(atleast_1d(a), size=size, fill_value=fill_value)))
    if a.ndim == 0:  # one row per nonzero, no columns
        return zeros((result.shape[0], 0), _I32)
    return result


def flatnonzero(a, *, size=None, fill_value=None):
    return nonzero(ravel(a), size=size, fill_value=fill_value)[0]


def count_nonzero(a, axis=None, keepdims=False):
    return sum(not_equal(a, 0), axis=axis, keepdims=keepdims)


# ---------------------------------------------------------------------------
# reductions


def _reduce_prep(a, axis):
    a = _wrap(a)
    axes = _norm_axes(axis, a.ndim)
    return a, axes


def _keep(r, a, axes, keepdims):
    if keepdims:
        return reshape(r, tuple(1 if d in axes else s for d, s in enumerate(a.shape)))
    return r


def _strong(x):
    if x.weak_type:
        return _C.convert_p.bind(x, dtype=x.dtype, weak_type=False)
    return x


def _int_bool(a, dtype):
    """sum, prod and cumsum work in `dtype` if given; booleans count as int32."""
    if dtype is not None:
        return astype(a, dtype)
    return astype(a, _I32) if a.dtype is _B else a


def _reduce(prim, a, axes, keepdims, initial, combine):
    """prim over axes (no axes: a itself), then combined with `initial` if that is given."""
    r = _strong(prim.bind(a, axes=axes)) if axes else _strong(a)
    if initial is not None:
        r = combine(r, initial)
    return _keep(r, a, axes, keepdims)


def sum(a, axis=None, dtype=None, out=None, keepdims=False, initial=None, where=None):  # noqa: A001
    a, axes = _reduce_prep(a, axis)
    if where is not None:
        a = globals()["where"](where, a, zeros_like(a))
    return _reduce(_C.reduce_sum_p, _int_bool(a, dtype), axes, keepdims, initial, add)


def prod(a, axis=None, dtype=None, out=None, keepdims=False, initial=None, where=None):
    a, axes = _reduce_prep(a, axis)
    return _reduce(_C.reduce_prod_p, _int_bool(a, dtype), axes, keepdims, initial, multiply)


def _minmax(prim, name):
    def f(a, axis=None, out=None, keepdims=False, initial=None, where=None):
        a, axes = _reduce_prep(a, axis)
        if a.size == 0 and initial is None:
            raise ValueError(f"zero-size array to reduction operation {name} which has no "
                             "identity")
        return _reduce(prim, a, axes, keepdims, initial, maximum if name == "max" else minimum)
    f.__name__ = name
    return f


max = _minmax(_C.reduce_max_p, "max")  # noqa: A001
min = _minmax(_C.reduce_min_p, "min")  # noqa: A001
amax = max
amin = min


def ptp(a, axis=None, keepdims=False):
    return subtract(max(a, axis, keepdims=keepdims), min(a, axis, keepdims=keepdims))


def _count(a, axes):
    return _prod([a.shape[d] for d in axes])


def mean(a, axis=None, dtype=None, out=None, keepdims=False, *, where=None):
    a, axes = _reduce_prep(a, axis)
    if a.dtype.kind not in "fc":
        a = astype(a, _F32)
    if where is not None:
        w = astype(broadcast_to(where, a.shape), _F32)
        return true_divide(sum(a * w, axis, keepdims=keepdims), sum(w, axis, keepdims=keepdims))
    n = _count(a, axes)
    s = sum(a, axis, keepdims=keepdims)
    # the normalizer is a strongly typed compile-time constant in JAX (so the mean is strong,
    # and so is its cotangent), which XLA turns into a reciprocal
    r = _recip(n)
    r = _Array(_C.cast_values(r._v, _F32, s.dtype), (), s.dtype, False)
    return _C.mul_p.bind(s, _broadcast_to(r, s.shape))


def _recip(n):
    return _Array(_C.f32([_C._ieee_div(1.0, float(n))]), (), _F32, True)


def average(a, axis=None, weights=None, returned=False, keepdims=False):
    if weights is None:
        avg = mean(a, axis, keepdims=keepdims)
        if returned:
            a = _wrap(a)
            _, axes = _reduce_prep(a, axis)
            return avg, full_like(avg, float(_count(a, axes)))
        return avg
    a = _wrap(a)
    w = _wrap(weights)
    if w.shape != a.shape:
        s = [1] * a.ndim
        s[_norm_axis(axis, a.ndim)] = w.shape[0]
        w = reshape(w, tuple(s))
    ws = sum(broadcast_to(w, a.shape), axis, keepdims=keepdims)
    avg = true_divide(sum(multiply(a, w), axis, keepdims=keepdims), ws)
    return (avg, ws) if returned else avg


def var(a, axis=None, dtype=None, out=None, ddof=0, keepdims=False, *, where=None,
        correction=None):
    if correction is not None:
        ddof = correction
    a, axes = _reduce_prep(a, axis)
    if a.dtype.kind != "f":
        a = astype(a, _F32)
    m = mean(a, axis, keepdims=True)
    c = subtract(a, m)
    n = _count(a, axes) - ddof
    if len(axes) == a.ndim and not keepdims:
        # XLA fuses the square into the sum as a multiply-add chain
        s = vdot(c, c)
    else:
        s = sum(multiply(c, c), axis, keepdims=keepdims)
    return true_divide(s, _const(n, _F32, (), True))


def std(a, axis=None, dtype=None, out=None, ddof=0, keepdims=False, *, where=None,
        correction=None):
    return sqrt(var(a, axis, ddof=ddof, keepdims=keepdims, correction=correction))


def _nan_reduce(fn, fill):
    def f(a, axis=None, keepdims=False, **kw):
        a = _wrap(a)
        if a.dtype.kind != "f":  # no NaNs to skip: the plain reduction, with its dtype
            return fn(a, axis, keepdims=keepdims)
        return fn(where(isnan(a), fill, a), axis, keepdims=keepdims)
    return f


nansum = _nan_reduce(sum, 0.0)
nanmax = _nan_reduce(max, -_math.inf)
nanmin = _nan_reduce(min, _math.inf)


def nanmean(a, axis=None, keepdims=False):
    a = _wrap(a)
    ok = logical_not(isnan(a))
    return true_divide(nansum(a, axis, keepdims=keepdims), sum(ok, axis, keepdims=keepdims))


def _arg_extreme(prim, name):
    """argmax or argmin: prim's index along one axis (None: of the flattened array)."""
    def f(a, axis=None, out=None, keepdims=False):
        a = _wrap(a)
        if axis is None:
            r = prim.bind(ravel(a), axis=0)
            return reshape(r, (1,) * a.ndim) if keepdims else r
        ax = _norm_axis(axis, a.ndim)
        return _keep(prim.bind(a, axis=ax), a, (ax,), keepdims)
    return _named(f, name)


argmax = _arg_extreme(_C.argmax_p, "argmax")
argmin = _arg_extreme(_C.argmin_p, "argmin")


def all(a, axis=None, out=None, keepdims=False, *, where=None):  # noqa: A001
    a = astype(a, _B)
    return logical_not(any(logical_not(a), axis, keepdims=keepdims))


def any(a, axis=None, out=None, keepdims=False, *, where=None):  # noqa: A001
    a, axes = _reduce_prep(astype(a, _B), axis)
    if not axes:
        return _keep(a, a, axes, keepdims)
    r = _C.reduce_max_p.bind(a, axes=axes) if a.size else _const(False, _B, ())
    return _keep(r, a, axes, keepdims)


def cumsum(a, axis=None, dtype=None, out=None):
    a, axis = _flat(a, axis)
    a = _strong(_int_bool(a, dtype))
    return _C.cumsum_p.bind(a, axis=_norm_axis(axis, a.ndim), reverse=False)


def cumprod(a, axis=None, dtype=None, out=None):
    a, axis = _flat(a, axis)
    a = _strong(_int_bool(a, dtype))
    axis = _norm_axis(axis, a.ndim)
    n = a.shape[axis]
    parts = []
    acc = None
    for i in range(n):
        s = _C.slice_axis(a, axis, i, i + 1)
        acc = s if acc is None else multiply(acc, s)
        parts.append(acc)
    return concatenate(parts, axis) if parts else a


def diff(a, n=1, axis=-1, prepend=None, append=None):
    a = _wrap(a)
    n, axis = _operator.index(n), _operator.index(axis)
    if n == 0:
        return a
    if n < 0:
        raise ValueError(f"order must be non-negative but got {n}")
    if a.ndim == 0:  # JAX's diff is jitted: it names the traced argument
        raise ValueError("diff requires input that is at least one dimensional; got "
                         f"JitTracer({'~' if a.weak_type else ''}{a.dtype.name}[])")
    axis = _norm_axis(axis, a.ndim)
    parts = []
    for extra in (prepend, a, append):
        if extra is None:
            continue
        extra = _wrap(extra)
        if extra.ndim == 0:
            extra = broadcast_to(extra, a.shape[:axis] + (1,) + a.shape[axis + 1:])
        parts.append(extra)
    if len(parts) > 1:
        a = concatenate(parts, axis)
    op = not_equal if a.dtype is _B else subtract  # booleans differ or not
    for _ in range(n):
        k = a.shape[axis]
        a = op(_C.slice_axis(a, axis, 1, k), _C.slice_axis(a, axis, 0, k - 1))
    return a


def sort(a, axis=-1, kind=None, order=None, stable=True, descending=False):
    a, axis = _flat(a, axis)
    idx = argsort(a, axis, descending=descending)
    return take_along_axis(a, idx, axis)


def _argsort_impl(x, *, descending):
    n = x.shape[-1] if x.shape else 1
    out = []
    for s in range(0, len(x._v), n if n else 1):
        g = x._v[s:s + n]
        # a stable sort: NaNs go last, or first when descending
        if descending:
            out.extend(sorted(range(n), key=lambda i: (0, 0) if g[i] != g[i] else (1, -g[i])))
        else:
            out.extend(sorted(range(n), key=lambda i: (1, 0) if g[i] != g[i] else (0, g[i])))
    return _Array(out, x.shape, _I32)


_argsort_p = _index_primitive("argsort", _argsort_impl)


def argsort(a, axis=-1, kind=None, order=None, stable=True, descending=False):
    a, axis = _flat(a, axis)
    axis = _norm_axis(axis, a.ndim)
    return moveaxis(_argsort_p.bind(moveaxis(a, axis, -1), descending=descending), -1, axis)


def _unique_runs(x):
    """1-D x in sorted order (a stable sort) as runs of equal values (NaNs equal):
    lists of positions in x."""
    runs, prev = [], None
    for k, i in enumerate(_argsort_impl(x, descending=False)._v):
        v = x._v[i]
        if k and (v == prev or (v != v and prev != prev)):
            runs[-1].append(i)
        else:
            runs.append([i])
        prev = v
    return runs


def _unique_impl(x, *, size, what):
    # what "index": the first position of each of the first `size` distinct values, padded
    # with the smallest one's, then the number of distinct values; "inverse": each entry's
    # rank among them; "counts": the size of each, padded with zeros (JAX's sort-and-mask)
    runs = _unique_runs(x)
    if what == "index":
        first = [r[0] for r in runs][:size]
        return _Array(first + [runs[0][0] if runs else 0] * (size - len(first)) + [len(runs)],
                      (size + 1,), _I32)
    if what == "inverse":
        inv = [0] * len(x._v)
        for rank, r in enumerate(runs):
            for i in r:
                inv[i] = rank
        return _Array(inv, x.shape, _I32)
    counts = [len(r) for r in runs][:size]
    return _Array(counts + [0] * (size - len(counts)), (size,), _I32)


_unique_p = _index_primitive("unique", _unique_impl)


def unique(ar, return_index=False, return_inverse=False, return_counts=False, axis=None,
           *, size=None, fill_value=None, equal_nan=True, sorted=True):
    arr = _wrap(ar)
    if size is None:
        hint = ("The error arose for the first argument of jnp.unique(). To make jnp.unique() "
                "compatible with JIT and other transforms, you can specify a concrete value "
                "for the size argument, which will determine the output size.")
        # JAX reads the values here: the result is a constant, with no derivative
        arr = _C.concrete_array(arr, hint)
        size = len(_unique_runs(ravel(arr)))
    size = _operator.index(size)
    if axis is not None and arr.ndim > 1:
        raise _C._not_available("jax.numpy.unique along an axis")
    flat = ravel(arr)
    if flat.shape[0] == 0:
        if size and fill_value is None:
            raise ValueError("jnp.unique: for zero-sized input with nonzero size argument, "
                             "fill_value must be specified")
        out = full((size,), 0 if fill_value is None else fill_value, flat.dtype)
        extra = [zeros((0,), _I32)] * (return_index + return_inverse) + (
            [zeros((0,), _I32)] if return_counts else [])
        return (out, *extra) if extra else out
    index = _unique_p.bind(flat, size=size, what="index")
    keep = _C.slice_axis(index, 0, 0, size)
    out = take(flat, keep)
    if fill_value is not None:
        count = reshape(_C.slice_axis(index, 0, size, size + 1), ())
        out = where(arange(size) < count, out, astype(_wrap(fill_value), out.dtype))
    extra = []
    if return_index:
        extra.append(keep)
    if return_inverse:
        extra.append(reshape(_unique_p.bind(flat, size=size, what="inverse"), arr.shape))
    if return_counts:
        extra.append(_unique_p.bind(flat, size=size, what="counts"))
    return (out, *extra) if extra else out


def _sort_key(v):
    # the order of JAX's sort comparators: NaN after everything
    return (1, 0.0) if v != v else (0, v)


def _searchsorted_impl(a, v, *, side):
    # JAX's default method: a binary search of ceil(log2(n + 1)) steps, whose answer for an
    # unsorted `a` is whatever those steps reach
    n = a.shape[0]
    if n == 0:
        return _Array([0] * len(v._v), v.shape, _I32)
    steps = (n).bit_length()
    keys = [_sort_key(x) for x in a._v]
    out = []
    for q in v._v:
        q = _sort_key(q)
        low, high = 0, n
        for _ in range(steps):
            mid = low + (high - low) // 2
            k = keys[_builtins.min(mid, n - 1)]
            if (q <= k) if side == "left" else (q < k):
                high = mid
            else:
                low = mid
        out.append(high)
    return _Array(out, v.shape, _I32)


_searchsorted_p = _index_primitive("searchsorted", _searchsorted_impl)


def searchsorted(a, v, side="left", sorter=None, method="scan"):
    a, v = _wrap(a), _wrap(v)
    if a.ndim != 1:
        raise ValueError("a should be 1-dimensional")
    dt, weak = _result(a, v)
    a, v = _cast(a, dt, weak), _cast(v, dt, weak)
    if sorter is not None:
        a = take(a, sorter)
    return _searchsorted_p.bind(a, v, side=side)


def _strong_float(a):
    # quantile and median compute in float32 (JAX promotes to inexact), never weakly typed
    a = _wrap(a)
    if a.dtype is _F32 and not a.weak_type:
        return a
    return _C.convert_p.bind(a, dtype=_F32, weak_type=False)


def quantile(a, q, axis=None, method="linear", keepdims=False, **kw):
    a, axis = _flat(_strong_float(a), axis)
    axis = _norm_axis(axis, a.ndim)
    s = sort(a, axis)
    n = s.shape[axis]
    qa = _wrap(q)
    qs = [float(v) for v in _C.concrete_array(qa, "quantile")._v]
    outs = []
    for qv in qs:
        pos = qv * (n - 1)
        lo = int(_math.floor(pos))
        hi = _builtins.min(lo + 1, n - 1)
        frac = pos - lo
        vlo = _C.slice_axis(s, axis, lo, lo + 1)
        vhi = _C.slice_axis(s, axis, hi, hi + 1)
        r = add(vlo, multiply(subtract(vhi, vlo), frac)) if frac else vlo
        outs.append(r if keepdims else squeeze(r, axis))
    if qa.ndim == 0:
        return outs[0]
    return stack(outs)


def percentile(a, q, axis=None, method="linear", keepdims=False, **kw):
    return quantile(a, true_divide(q, 100.0), axis, method, keepdims)


def median(a, axis=None, keepdims=False):
    a, axis = _flat(_strong_float(a), axis)
    s = sort(a, axis)
    n = s.shape[_norm_axis(axis, s.ndim)]
    lo = _C.slice_axis(s, _norm_axis(axis, s.ndim), (n - 1) // 2, (n - 1) // 2 + 1)
    hi = _C.slice_axis(s, _norm_axis(axis, s.ndim), n // 2, n // 2 + 1)
    r = true_divide(add(lo, hi), 2.0)
    return r if keepdims else squeeze(r, axis)


# ---------------------------------------------------------------------------
# products


def matmul(a, b, /, *, precision=None, preferred_element_type=None):
    a = _wrap(a)
    b = _wrap(b)
    if a.ndim == 0 or b.ndim == 0:
        raise ValueError("matmul operand must not be 0-dimensional")
    dt, weak = _result(a, b)
    a = _cast(a, dt, weak)
    b = _cast(b, dt, weak)
    a1 = a.ndim == 1
    b1 = b.ndim == 1
    if a1:
        a = reshape(a, (1, a.shape[0]))
    if b1:
        b = reshape(b, (b.shape[0], 1))
    if a.shape[-1] != b.shape[-2]:
        raise TypeError("dot_general requires contracting dimensions to have the same shape, "
                        f"got {(a.shape[-1],)} and {(b.shape[-2],)}.")
    if a.ndim == 2 and b.ndim == 2:
        r = _C.dot_p.bind(a, b)
    elif b.ndim == 2:
        lead = a.shape[:-1]
        r = _C.dot_p.bind(reshape(a, (_prod(lead), a.shape[-1])), b)
        r = reshape(r, lead + (b.shape[-1],))
    else:
        batch = _bshapes(a.shape[:-2], b.shape[:-2])
        a = broadcast_to(a, batch + a.shape[-2:])
        b = broadcast_to(b, batch + b.shape[-2:])
        nb = _prod(batch)
        a3 = reshape(a, (nb,) + a.shape[-2:])
        b3 = reshape(b, (nb,) + b.shape[-2:])
        r = stack([_C.dot_p.bind(a3[i], b3[i]) for i in range(nb)])
        r = reshape(r, batch + (a.shape[-2], b.shape[-1]))
    if a1 and b1:
        return reshape(r, r.shape[:-2])
    if a1:
        return reshape(r, r.shape[:-2] + (r.shape[-1],))
    if b1:
        return reshape(r, r.shape[:-1])
    return r


def dot(a, b, *, precision=None, preferred_element_type=None):
    a = _wrap(a)
    b = _wrap(b)
    if a.ndim == 0 or b.ndim == 0:
        return multiply(a, b)
    if b.ndim <= 2:
        return matmul(a, b)
    # sum over the last axis of a and the second-to-last of b
    return tensordot(a, moveaxis(b, -2, 0), axes=((a.ndim - 1,), (0,)))


def vdot(a, b, /, *, precision=None, preferred_element_type=None):
    return dot(ravel(a), ravel(b))


def vecdot(x1, x2, /, *, axis=-1, precision=None, preferred_element_type=None):
    x1, x2 = _wrap(x1), _wrap(x2)
    if tuple(x1.shape)[axis] != tuple(x2.shape)[axis]:  # a 0-d operand: JAX's IndexError
        raise ValueError(f"axes must match; got shapes {tuple(x1.shape)} and "
                         f"{tuple(x2.shape)} with axis={axis!r}")
    x1, x2 = moveaxis(x1, axis, -1), moveaxis(x2, axis, -1)
    if _result(x1, x2)[0] is _B:  # the dot product of booleans: any of the ands
        return any(logical_and(x1, x2), axis=-1)
    return sum(multiply(x1, x2), axis=-1)


def inner(a, b):
    a = _wrap(a)
    b = _wrap(b)
    if a.ndim == 0 or b.ndim == 0:
        return multiply(a, b)
    return tensordot(a, b, axes=((a.ndim - 1,), (b.ndim - 1,)))


def outer(a, b, out=None):
    a = ravel(a)
    b = ravel(b)
    return multiply(reshape(a, (a.shape[0], 1)), reshape(b, (1, b.shape[0])))


def kron(a, b):
    a, b = _wrap(a), _wrap(b)
    dt, weak = _result(a, b)
    if dt is _B:  # lax.mul, which (unlike jnp.multiply) refuses booleans
        raise _C._dtype_error("mul", dt, 0)
    a, b = _cast(a, dt, weak), _cast(b, dt, weak)
    nd = _builtins.max(a.ndim, b.ndim)
    a = reshape(a, (1,) * (nd - a.ndim) + a.shape)
    b = reshape(b, (1,) * (nd - b.ndim) + b.shape)
    # interleave: a's axes at even positions, b's at odd ones, then merge each pair
    ar = reshape(a, tuple(d for n in a.shape for d in (n, 1)))
    br = reshape(b, tuple(d for n in b.shape for d in (1, n)))
    out_shape = tuple(m * n for m, n in zip(a.shape, b.shape, strict=True))
    return reshape(_C.mul_p.bind(*_prep("mul", ar, br)), out_shape)


def cross(a, b, axisa=-1, axisb=-1, axisc=-1, axis=None):
    if axis is not None:
        axisa = axisb = axisc = axis
    a = moveaxis(_wrap(a), axisa, -1)
    b = moveaxis(_wrap(b), axisb, -1)
    if a.shape[-1] not in (2, 3) or b.shape[-1] not in (2, 3):
        raise ValueError("Dimension must be either 2 or 3 for cross product")
    if a.shape[-1] == 2 and b.shape[-1] == 2:
        return a[..., 0] * b[..., 1] - a[..., 1] * b[..., 0]
    a0, a1 = a[..., 0], a[..., 1]
    a2 = a[..., 2] if a.shape[-1] == 3 else zeros_like(a0)
    b0, b1 = b[..., 0], b[..., 1]
    b2 = b[..., 2] if b.shape[-1] == 3 else zeros_like(b0)
    c = stack([a1 * b2 - a2 * b1, a2 * b0 - a0 * b2, a0 * b1 - a1 * b0])
    return moveaxis(c, 0, axisc)


def tensordot(a, b, axes=2):
    a = _wrap(a)
    b = _wrap(b)
    if isinstance(axes, int):
        if axes > _builtins.min(a.ndim, b.ndim):
            raise TypeError(f"Number of tensordot axes (axes {axes}) exceeds input ranks "
                            f"({tuple(a.shape)} and {tuple(b.shape)})")
        ax_a = tuple(range(a.ndim - axes, a.ndim))
        ax_b = tuple(range(axes))
    else:
        ax_a, ax_b = axes
        ax_a = (ax_a,) if isinstance(ax_a, int) else tuple(ax_a)
        ax_b = (ax_b,) if isinstance(ax_b, int) else tuple(ax_b)
    ax_a = tuple(_norm_axis(x, a.ndim) for x in ax_a)
    ax_b = tuple(_norm_axis(x, b.ndim) for x in ax_b)
    if tuple(a.shape[d] for d in ax_a) != tuple(b.shape[d] for d in ax_b):
        raise TypeError("dot_general requires contracting dimensions to have the same shape, "
                        f"got {tuple(a.shape[d] for d in ax_a)} and "
                        f"{tuple(b.shape[d] for d in ax_b)}.")
    free_a = [d for d in range(a.ndim) if d not in ax_a]
    free_b = [d for d in range(b.ndim) if d not in ax_b]
    k = _prod([a.shape[d] for d in ax_a])
    at = reshape(transpose(a, tuple(free_a) + ax_a), (_prod([a.shape[d] for d in free_a]), k))
    bt = reshape(transpose(b, ax_b + tuple(free_b)), (k, _prod([b.shape[d] for d in free_b])))
    r = matmul(at, bt)
    return reshape(r, tuple(a.shape[d] for d in free_a) + tuple(b.shape[d] for d in free_b))


def einsum(subscripts, *operands, optimize=None, precision=None, preferred_element_type=None):
    ops = [_wrap(o) for o in operands]
    subs = subscripts.replace(" ", "")
    ins, arrow, out = subs.partition("->")
    in_list = ins.split(",")
    if len(in_list) != len(ops):
        raise ValueError("einsum: number of subscripts does not match number of operands")
    # an ellipsis stands for the leading axes its operand has beyond its letters, named by
    # letters no term uses and aligned from the right, as broadcasting aligns them
    spare = [ch for ch in "ZYXWVUTSRQPONMLKJIHGFEDCBA" if ch not in subs]
    n_ell = 0
    for term, x in zip(in_list, ops, strict=True):
        if "..." in term:
            n_ell = _builtins.max(n_ell, x.ndim - len(term.replace("...", "")))
    ell = "".join(reversed(spare[:n_ell]))
    for k, (term, x) in enumerate(zip(in_list, ops, strict=True)):
        if "..." in term:
            n = _builtins.max(x.ndim - len(term.replace("...", "")), 0)
            term = term.replace("...", ell[len(ell) - n:] if n else "")
        if len(term) != x.ndim:
            raise ValueError(f"Einstein sum subscript '{in_list[k]}' does not contain the "
                             f"correct number of indices for operand {k}.")
        in_list[k] = term
    if arrow:
        out = out.replace("...", ell)
    else:
        counts = {}
        for ch in "".join(in_list):
            counts[ch] = counts.get(ch, 0) + 1
        out = ell + "".join(sorted(ch for ch, c in counts.items() if c == 1 and ch not in ell))
    sizes = {}
    for k, (term, x) in enumerate(zip(in_list, ops, strict=True)):
        for ch, n in zip(term, x.shape, strict=True):
            if ch in sizes and n != sizes[ch] and 1 not in (n, sizes[ch]):
                # opt_einsum's words, which name the earlier size first
                raise ValueError(f"Size of label '{ch}' for operand {k} ({sizes[ch]}) does not "
                                 f"match previous terms ({n}).")
            sizes[ch] = n if ch not in sizes or sizes[ch] == 1 else sizes[ch]
    prepared = []
    for term, x in zip(in_list, ops, strict=False):
        # repeated letters within one operand take the diagonal
        while len(set(term)) < len(term):
            for ch in term:
                if term.count(ch) > 1:
                    i = term.index(ch)
                    j = term.index(ch, i + 1)
                    x = diagonal(x, 0, i, j)
                    term = term[:i] + term[i + 1:j] + term[j + 1:] + ch
                    break
        prepared.append((term, x))
    letters = list(dict.fromkeys(ch for term, _ in prepared for ch in term))
    contracted = [ch for ch in letters if ch not in out]
    full = list(out) + contracted
    if len(prepared) == 2 and _builtins.all(len(t) == len(set(t)) for t, _ in prepared):
        (ta, a), (tb, b) = prepared
        common = [ch for ch in ta if ch in tb]
        summed = [ch for ch in contracted if ch in ta and ch in tb]
        only_a = [ch for ch in contracted if ch in ta and ch not in tb]
        only_b = [ch for ch in contracted if ch in tb and ch not in ta]
        if only_a:
            a = sum(a, tuple(ta.index(c) for c in only_a))
            ta = "".join(c for c in ta if c not in only_a)
        if only_b:
            b = sum(b, tuple(tb.index(c) for c in only_b))
            tb = "".join(c for c in tb if c not in only_b)
        batch = [ch for ch in common if ch not in summed]
        fa = [ch for ch in ta if ch not in tb]
        fb = [ch for ch in tb if ch not in ta]
        if not batch:
            a2 = transpose(a, tuple(ta.index(c) for c in fa + summed))
            b2 = transpose(b, tuple(tb.index(c) for c in summed + fb))
            ka = _prod([sizes[c] for c in summed])
            r = matmul(reshape(a2, (_prod([sizes[c] for c in fa]), ka)),
                       reshape(b2, (ka, _prod([sizes[c] for c in fb]))))
            r = reshape(r, tuple(sizes[c] for c in fa + fb))
            cur = fa + fb
            return transpose(r, tuple(cur.index(c) for c in out))
    # general route: broadcast every operand over all letters, multiply, then sum
    acc = None
    for term, x in prepared:
        perm = [term.index(ch) for ch in full if ch in term]
        # a letter of size 1 here broadcasts against the other operands
        shape = tuple(x.shape[term.index(ch)] if ch in term else 1 for ch in full)
        x = transpose(x, tuple(perm)) if perm != list(range(len(perm))) else x
        x = reshape(x, shape)
        acc = x if acc is None else multiply(acc, x)
    if contracted:
        acc = sum(acc, tuple(range(len(out), len(full))))
    return broadcast_to(acc, tuple(sizes[ch] for ch in out)) if acc.shape != tuple(
        sizes[ch] for ch in out) else acc


# ---------------------------------------------------------------------------
# comparisons


def isclose(a, b, rtol=1e-05, atol=1e-08, equal_nan=False):
    a, b = _prep("isclose", a, b)
    if a.dtype.kind not in "fc":
        return equal(a, b)
    ok = less_equal(abs(subtract(a, b)), add(atol, multiply(rtol, abs(b))))
    ok = logical_or(ok, equal(a, b))
    if equal_nan:
        ok = logical_or(ok, logical_and(isnan(a), isnan(b)))
    ok = logical_and(ok, logical_not(logical_or(isnan(a), isnan(b)))) if not equal_nan else ok
    return _strong(ok)  # JAX's tolerances are float32 constants


def allclose(a, b, rtol=1e-05, atol=1e-08, equal_nan=False):
    return all(isclose(a, b, rtol, atol, equal_nan))


def array_equal(a1, a2, equal_nan=False):
    a1 = _wrap(a1)
    a2 = _wrap(a2)
    if a1.shape != a2.shape:
        return _asarray(False)
    return all(equal(a1, a2))


def interp(x, xp, fp, left=None, right=None, period=None):
    x = _wrap(x)
    xp = _wrap(xp)
    fp = _wrap(fp)
    i = clip(searchsorted(xp, x, side="right"), 1, xp.shape[0] - 1)
    x0, x1, y0, y1 = xp[i - 1], xp[i], fp[i - 1], fp[i]
    dx = subtract(x1, x0)
    t = true_divide(subtract(x, x0), where(equal(dx, 0), 1.0, dx))
    r = add(y0, multiply(t, subtract(y1, y0)))
    r = where(less(x, xp[0]), fp[0] if left is None else left, r)
    return where(greater(x, xp[-1]), fp[-1] if right is None else right, r)


def polyval(p, x):
    p = _wrap(p)
    acc = zeros_like(_wrap(x)) if p.shape[0] == 0 else None
    for i in range(p.shape[0]):
        acc = p[i] if acc is None else add(multiply(acc, x), p[i])
    return acc


@_C.fused
def convolve(a, v, mode="full", *, precision=None, preferred_element_type=None):
    a, v = _wrap(a), _wrap(v)
    if a.ndim != 1 or v.ndim != 1:
        raise ValueError("convolve() only support 1-dimensional inputs.")
    if a.dtype.kind != "f" or v.dtype.kind != "f":
        a, v = astype(a, _C.float32), astype(v, _C.float32)
    if a.shape[0] == 0 or v.shape[0] == 0:
        raise ValueError(f"convolve: inputs cannot be empty, got shapes {a.shape} and {v.shape}.")
    if a.shape[0] < v.shape[0]:
        a, v = v, a
    n = v.shape[0]
    pads = {"valid": (0, 0), "same": (n // 2, n - n // 2 - 1), "full": (n - 1, n - 1)}
    if mode not in pads:
        raise ValueError("mode must be one of ['full', 'same', 'valid']")
    # XLA's convolution: every output is the dot product of a window of the padded input
    # with the flipped kernel
    x = pad(a, [pads[mode]])
    windows = x.shape[0] - n + 1
    idx = array([[k + j for j in range(n)] for k in range(windows)], dtype=_C.int32)
    return matmul(take(x, idx), flip(v))


_C.require_arraylike(globals(), {"01": "convolve"})


def vectorize(pyfunc, *, excluded=frozenset(), signature=None):
    from jaxlite._api import vmap

    def wrapped(*args):
        xs = [_wrap(a) for a in args]
        nd = _builtins.max(x.ndim for x in xs)
        if nd == 0:
            return pyfunc(*args)
        s = _bshapes(*[x.shape for x in xs])
        xs = [broadcast_to(x, s) for x in xs]
        f = pyfunc
        for _ in range(nd):
            f = vmap(f)
        return f(*xs)
    return wrapped


from jaxlite.numpy import linalg  # noqa: E402, F401

# Where JAX's jnp refuses a list, tuple or None (numpy would have converted it), and the name
# its TypeError gives.
_C.require_arraylike(globals(), {
    "0": "absolute acos acosh all any arccos arccosh arcsin arcsinh arctan arctanh argmax argmin "
         "argsort argwhere array_split asin asinh astype atan atanh bitwise_not broadcast_to cbrt "
         "ceil cos cosh count_nonzero cumprod cumsum deg2rad diag diagonal diff exp exp2 "
         "expand_dims expm1 flip fliplr flipud floor invert isfinite isinf isnan isneginf "
         "isposinf log log10 log1p log2 logical_not matrix_transpose max mean median min moveaxis "
         "nan_to_num nanmax nanmean nanmin nansum negative nonzero ones_like pad permute_dims "
         "positive prod ptp rad2deg ravel reciprocal reshape rint roll round sign signbit sin "
         "sinc sinh sort split sqrt square squeeze std sum swapaxes tan tanh tile trace transpose "
         "tril tril_indices_from triu triu_indices_from trunc unique var zeros_like",
    "01": "add allclose arctan2 atan2 bitwise_and bitwise_or bitwise_xor cross dot equal "
          "float_power floor_divide fmod full_like greater greater_equal heaviside hypot inner "
          "isclose kron less less_equal linspace logaddexp logical_and logical_or logical_xor "
          "matmul maximum minimum multiply not_equal outer percentile polyval power quantile "
          "remainder repeat searchsorted subtract take take_along_axis tensordot true_divide vdot",
    "012": "interp",
    "*": "atleast_1d atleast_2d broadcast_arrays meshgrid",
    "s": "column_stack concat concatenate dstack hstack stack vstack",
    "e": "einsum",
    "0:absolute": "abs", "0:deg2rad": "radians", "0:max": "amax", "0:min": "amin",
    "0:ones_like": "empty_like", "0:rad2deg": "degrees", "0:ravel": "flatnonzero",
    "0:round": "around", "01:jnp.vecdot": "vecdot", "01:power": "pow", "01:remainder": "mod",
    "01:true_divide": "divide",
})
_C._jnp_module = _sys.modules[__name__]

__getattr__ = _module_getattr("jax.numpy")
