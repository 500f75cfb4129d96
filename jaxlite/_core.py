"""Array type, dtypes, primitives and the level-based tracing engine of jaxlite."""

import cmath
import math
import operator
import sys
import warnings
from array import array
from functools import lru_cache
from itertools import product

# ---------------------------------------------------------------------------
# dtypes


class DType:
    """A dtype; callable like jnp.float32(3) and equal to its name."""

    __slots__ = ("name", "kind", "itemsize", "cat")

    def __init__(self, name, kind, itemsize, cat):
        self.name = name
        self.kind = kind
        self.itemsize = itemsize
        self.cat = cat

    def __repr__(self):
        return f"dtype('{self.name}')"

    def __str__(self):
        return self.name

    def __eq__(self, other):
        if isinstance(other, DType):
            return self is other
        if isinstance(other, ScalarType):
            return other.dtype is self
        if isinstance(other, str):
            try:
                return to_dtype(other) is self
            except (TypeError, NotImplementedError):
                return False
        if other is float or other is int or other is bool:
            return False
        return NotImplemented

    def __hash__(self):
        return hash(self.name)

    def __call__(self, x=0):
        return asarray(x, dtype=self)

    @property
    def dtype(self):
        return self

    @property
    def type(self):
        return _SCALAR_TYPES[self.name]


class ScalarType:
    """jnp.float32 and friends: callable scalar types that compare equal to their dtype."""

    def __init__(self, dtype):
        self.dtype = dtype
        self.__name__ = dtype.name

    def __repr__(self):
        return f"<class 'jax.numpy.{self.dtype.name}'>"

    def __eq__(self, other):
        if isinstance(other, ScalarType):
            return other.dtype is self.dtype
        return self.dtype == other

    def __hash__(self):
        return hash(self.dtype)

    def __call__(self, x=0):
        return asarray(x, dtype=self.dtype)


float32 = DType("float32", "f", 4, 2)
int32 = DType("int32", "i", 4, 1)
uint32 = DType("uint32", "u", 4, 1)
bool_ = DType("bool", "b", 1, 0)
complex64 = DType("complex64", "c", 8, 3)
_SCALAR_TYPES = {d.name: ScalarType(d) for d in (float32, int32, uint32, bool_, complex64)}

_DTYPE_NAMES = {
    "float32": float32, "f4": float32, "float": float32, "int32": int32, "i4": int32,
    "int": int32, "uint32": uint32, "u4": uint32, "bool": bool_, "bool_": bool_, "b1": bool_,
    "complex64": complex64, "c8": complex64, "complex": complex64,
}
# 64-bit dtypes, which JAX truncates to 32 bits (with a warning) while x64 is off
_X64_NAMES = {"float64": float32, "f8": float32, "int64": int32, "i8": int32,
              "uint64": uint32, "u8": uint32,
              "complex128": complex64, "c16": complex64}


def _x64_truncated(name):
    dt = _X64_NAMES[name]
    warn_x64(name, dt.name)
    return dt


def warn_x64(name, short, name_the_function=True):
    """JAX's warning that a 64-bit dtype becomes `short`, at the learner's line of code.

    jnp functions name themselves in it ("requested in zeros"); jax.random's do not.
    """
    frame, caller = sys._getframe(1), None
    while frame is not None and frame.f_code.co_filename.startswith(_PACKAGE_DIR):
        frame, caller = frame.f_back, frame
    where = (frame.f_code.co_filename, frame.f_lineno) if frame else ("<jaxlite>", 0)
    fn = caller.f_code.co_name if caller and name_the_function else ""
    fn = {"checked": caller.f_locals.get("name") if caller else None,
          "__call__": "asarray"}.get(fn, fn)
    requested = f" requested in {fn}" if fn and not fn.startswith("_") else ""
    warnings.warn_explicit(
        f"Explicitly requested dtype {name}{requested} is not available, and will be truncated "
        f"to dtype {short}. To enable more dtypes, set the jax_enable_x64 configuration "
        "option or the JAX_ENABLE_X64 shell environment variable. See "
        "https://github.com/jax-ml/jax#current-gotchas for more.", UserWarning, *where)


_PACKAGE_DIR = __file__.rsplit("_core.py", 1)[0]


class X64ScalarType:
    """jnp.float64 and friends while x64 is off: they make 32-bit values, with JAX's warning."""

    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return f"<class 'jax.numpy.{self.__name__}'>"

    def __call__(self, x=0):
        return asarray(x, dtype=_x64_truncated(self.__name__))


def to_dtype(d):
    if d is None:
        return None
    if isinstance(d, DType):
        return d
    if d is float:
        return float32
    if d is int:
        return int32
    if d is bool:
        return bool_
    if d is complex:
        return complex64
    if isinstance(d, X64ScalarType):
        return _x64_truncated(d.__name__)
    if isinstance(d, str):
        if d in _DTYPE_NAMES:
            return _DTYPE_NAMES[d]
        if d in _X64_NAMES:
            return _x64_truncated(d)
        raise NotImplementedError(
            f"dtype {d!r} is not available in the in-browser runtime (jaxlite)")
    inner = getattr(d, "dtype", None)
    if isinstance(inner, DType):
        return inner
    name = getattr(d, "__name__", None) or str(d)
    if name in _DTYPE_NAMES:
        return _DTYPE_NAMES[name]
    if name in _X64_NAMES:
        return _x64_truncated(name)
    raise TypeError(f"Cannot interpret '{d!r}' as a data type")


# ---------------------------------------------------------------------------
# value rounding


def f32(vals):
    return array("f", vals).tolist()


def c64(vals):
    """Round complex values to complex64: each part to float32."""
    vals = [complex(v) for v in vals]
    re_, im_ = f32([v.real for v in vals]), f32([v.imag for v in vals])
    return [complex(a, b) for a, b in zip(re_, im_, strict=True)]


def inexact(dtype):
    """Whether values of dtype have derivatives: float32 and complex64."""
    return dtype.kind in "fc"


def wrap_i32(vals):
    return [((v + 2147483648) & 0xFFFFFFFF) - 2147483648 for v in vals]


def wrap_u32(vals):
    return [v & 0xFFFFFFFF for v in vals]


def cast_values(vals, src, dst):
    """Convert a flat value list from dtype src to dtype dst."""
    if src is dst:
        return vals
    k = dst.kind
    if k == "c":
        return c64(vals)
    if src.kind == "c":
        # as numpy (with its ComplexWarning) and lax: the imaginary part is dropped
        vals = [v.real for v in vals] if k != "b" else vals
        src = float32
    if k == "f":
        return f32([float(v) for v in vals])
    if k == "b":
        return [bool(v) for v in vals]
    if src.kind == "f":
        out = []
        for v in vals:
            if v != v:
                out.append(0)
            elif v in (math.inf, -math.inf):
                out.append(2147483647 if v > 0 else -2147483648)
            else:
                out.append(int(v))
        vals = out
    else:
        vals = [int(v) for v in vals]
    return wrap_u32(vals) if k == "u" else wrap_i32(vals)


def round_to(vals, dtype):
    k = dtype.kind
    if k == "f":
        return f32(vals)
    if k == "c":
        return c64(vals)
    if k == "i":
        return wrap_i32(vals)
    if k == "u":
        return wrap_u32(vals)
    return vals


def prod(shape):
    n = 1
    for s in shape:
        n *= s
    return n


# ---------------------------------------------------------------------------
# formatting (another module owns the exact text; a small fallback until it exists)


def _fmt():
    try:
        from jaxlite import _format
        return _format
    except ImportError:
        return None


def _fallback_str(values, shape, dtype_name):
    def rec(vals, shp):
        if not shp:
            v = vals[0]
            if dtype_name == "bool":
                return str(bool(v))
            if dtype_name == "float32":
                return repr(float(v))
            return str(v)
        n = shp[0]
        step = len(vals) // n if n else 0
        return "[" + " ".join(rec(vals[i * step:(i + 1) * step], shp[1:]) for i in range(n)) + "]"
    return rec(values, shape)


def format_str(values, shape, dtype_name):
    f = _fmt()
    if f is not None:
        return f.format_str(values, shape, dtype_name)
    return _fallback_str(values, shape, dtype_name)


def format_repr(values, shape, dtype_name, weak_type):
    f = _fmt()
    if f is not None:
        return f.format_repr(values, shape, dtype_name, weak_type)
    s = _fallback_str(values, shape, dtype_name)
    w = ", weak_type=True" if weak_type else ""
    return f"Array({s}, dtype={dtype_name}{w})"


def format_spec(value, dtype_name, spec):
    f = _fmt()
    if f is not None:
        return f.format_spec(value, dtype_name, spec)
    return format(value, spec)


# ---------------------------------------------------------------------------
# errors


class JAXTypeError(TypeError):
    pass


class ConcretizationTypeError(JAXTypeError):
    pass


class TracerBoolConversionError(ConcretizationTypeError):
    pass


class TracerArrayConversionError(JAXTypeError):
    pass


class TracerIntegerConversionError(JAXTypeError):
    pass


class NonConcreteBooleanIndexError(IndexError):
    pass


class UnexpectedTracerError(Exception):
    pass


_DOCS = "https://docs.jax.dev/en/latest/errors.html#jax.errors."


def _not_available(name):
    return NotImplementedError(
        f"{name} is not available in the in-browser runtime (jaxlite)")


# ---------------------------------------------------------------------------
# the array-like base: operators and methods shared by Array and tracers


def _jnp():
    from jaxlite import numpy as jnp
    return jnp


class ArrayBase:
    __slots__ = ()
    __array_priority__ = 100
    __hash__ = None

    @property
    def ndim(self):
        return len(self.shape)

    @property
    def size(self):
        return prod(self.shape)

    @property
    def T(self):
        return _jnp().transpose(self)

    @property
    def mT(self):
        return _jnp().swapaxes(self, -1, -2)

    @property
    def at(self):
        return _AtIndexer(self)

    @property
    def itemsize(self):
        return self.dtype.itemsize

    @property
    def nbytes(self):
        return self.size * self.dtype.itemsize

    def __len__(self):
        if not self.shape:
            raise TypeError("len() of unsized object")
        return self.shape[0]

    def __iter__(self):
        if not self.shape:
            raise TypeError("iteration over a 0-d array")
        for i in range(self.shape[0]):
            yield self[i]

    def __getitem__(self, idx):
        return _jnp()._getitem(self, idx)

    def __setitem__(self, idx, value):
        raise TypeError(
            "JAX arrays are immutable and do not support in-place item assignment. "
            "Instead of x[idx] = y, use x = x.at[idx].set(y) or another .at[] method: "
            "https://docs.jax.dev/en/latest/_autosummary/jax.numpy.ndarray.at.html")

    # arithmetic
    def __add__(self, o): return _jnp().add(self, o)
    def __radd__(self, o): return _jnp().add(o, self)
    def __sub__(self, o): return _jnp().subtract(self, o)
    def __rsub__(self, o): return _jnp().subtract(o, self)
    def __mul__(self, o): return _jnp().multiply(self, o)
    def __rmul__(self, o): return _jnp().multiply(o, self)
    def __truediv__(self, o): return _jnp().true_divide(self, o)
    def __rtruediv__(self, o): return _jnp().true_divide(o, self)
    def __floordiv__(self, o): return _jnp().floor_divide(self, o)
    def __rfloordiv__(self, o): return _jnp().floor_divide(o, self)
    def __mod__(self, o): return _jnp().remainder(self, o)
    def __rmod__(self, o): return _jnp().remainder(o, self)
    def __divmod__(self, o): return (_jnp().floor_divide(self, o), _jnp().remainder(self, o))
    def __pow__(self, o): return _jnp().power(self, o)
    def __rpow__(self, o): return _jnp().power(o, self)
    def __matmul__(self, o): return _jnp().matmul(self, o)
    def __rmatmul__(self, o): return _jnp().matmul(o, self)
    def __neg__(self): return _jnp().negative(self)
    def __pos__(self): return self
    def __abs__(self): return _jnp().abs(self)
    def __invert__(self): return _jnp().invert(self)
    def __and__(self, o): return _jnp().bitwise_and(self, o)
    def __rand__(self, o): return _jnp().bitwise_and(o, self)
    def __or__(self, o): return _jnp().bitwise_or(self, o)
    def __ror__(self, o): return _jnp().bitwise_or(o, self)
    def __xor__(self, o): return _jnp().bitwise_xor(self, o)
    def __rxor__(self, o): return _jnp().bitwise_xor(o, self)
    def __eq__(self, o): return _jnp().equal(self, o)
    def __ne__(self, o): return _jnp().not_equal(self, o)
    def __lt__(self, o): return _jnp().less(self, o)
    def __le__(self, o): return _jnp().less_equal(self, o)
    def __gt__(self, o): return _jnp().greater(self, o)
    def __ge__(self, o): return _jnp().greater_equal(self, o)

    # methods
    def astype(self, dtype): return _jnp().astype(self, dtype)
    def reshape(self, *shape, order="C"):
        if len(shape) == 1 and isinstance(shape[0], (tuple, list)):
            shape = shape[0]
        return _jnp().reshape(self, tuple(shape))
    def transpose(self, *axes):
        if len(axes) == 1 and isinstance(axes[0], (tuple, list)):
            axes = axes[0]
        return _jnp().transpose(self, tuple(axes) if axes else None)
    def swapaxes(self, a, b): return _jnp().swapaxes(self, a, b)
    def ravel(self): return _jnp().ravel(self)
    def flatten(self): return _jnp().ravel(self)
    def squeeze(self, axis=None): return _jnp().squeeze(self, axis)
    def sum(self, axis=None, dtype=None, keepdims=False, **kw):
        return _jnp().sum(self, axis, dtype=dtype, keepdims=keepdims, **kw)
    def mean(self, axis=None, keepdims=False, **kw):
        return _jnp().mean(self, axis, keepdims=keepdims, **kw)
    def prod(self, axis=None, keepdims=False): return _jnp().prod(self, axis, keepdims=keepdims)
    def max(self, axis=None, keepdims=False, **kw):
        return _jnp().max(self, axis, keepdims=keepdims, **kw)
    def min(self, axis=None, keepdims=False, **kw):
        return _jnp().min(self, axis, keepdims=keepdims, **kw)
    def argmax(self, axis=None, keepdims=False):
        return _jnp().argmax(self, axis, keepdims=keepdims)
    def argmin(self, axis=None, keepdims=False):
        return _jnp().argmin(self, axis, keepdims=keepdims)
    def var(self, axis=None, ddof=0, keepdims=False):
        return _jnp().var(self, axis, ddof=ddof, keepdims=keepdims)
    def std(self, axis=None, ddof=0, keepdims=False):
        return _jnp().std(self, axis, ddof=ddof, keepdims=keepdims)
    def all(self, axis=None, keepdims=False): return _jnp().all(self, axis, keepdims=keepdims)
    def any(self, axis=None, keepdims=False): return _jnp().any(self, axis, keepdims=keepdims)
    def cumsum(self, axis=None): return _jnp().cumsum(self, axis)
    def clip(self, min=None, max=None): return _jnp().clip(self, min, max)
    def round(self, decimals=0): return _jnp().round(self, decimals)
    def dot(self, other): return _jnp().dot(self, other)
    def conj(self): return _jnp().conjugate(self)
    def conjugate(self): return _jnp().conjugate(self)
    @property
    def real(self): return _jnp().real(self)
    @property
    def imag(self): return _jnp().imag(self)
    def copy(self): return _jnp().array(self)
    def block_until_ready(self): return self
    def __copy__(self): return self
    def __deepcopy__(self, memo): return self

    def __format__(self, spec):
        if self.shape:
            if not spec:
                return str(self)
            raise TypeError("unsupported format string passed to Array.__format__")
        if isinstance(self, Tracer) and not spec:
            return str(self)
        c = concrete_array(self, "format")
        return format_spec(c._v[0], c.dtype.name, spec)

    def __bool__(self):
        c = concrete_array(self, "bool")
        if c.size != 1:
            raise ValueError(
                "The truth value of an array with more than one element is ambiguous. "
                "Use a.any() or a.all()")
        return bool(c._v[0])

    def _scalar(self, fn, name):
        c = concrete_array(self, name, self._strict(name))
        if c.shape:
            raise TypeError("Only scalar arrays can be converted to Python scalars; "
                            f"got arr.ndim={len(c.shape)}")
        return fn(c._v[0])

    def __float__(self): return self._scalar(float, "float")
    def __int__(self): return self._scalar(int, "int")
    def __complex__(self): return self._scalar(complex, "complex")

    def __index__(self):
        if self.dtype.kind not in "iu":
            if isinstance(self, VJPTracer) and self.weak_type:  # grad's Python-float literal
                raise TypeError("'TypedFloat' object cannot be interpreted as an integer")
            raise TypeError("Only integer scalar arrays can be converted to a scalar index.")
        return self._scalar(int, "index")

    def _strict(self, name):
        """Whether a conversion refuses jvp and grad tracers too: JAX 0.10.2 lets int(), bool()
        and .item() read a differentiated value's primal, but not float(), complex(), .tolist()
        or __array__()."""
        return name in ("float", "complex", "tolist", "__array__")

    def __array__(self, dtype=None, copy=None):
        if isinstance(self, Tracer):
            concrete_array(self, "__array__", True)
        try:
            import numpy
        except ImportError:
            raise ImportError("NumPy is not loaded in the browser: use jax.numpy "
                              "(import jax.numpy as jnp)") from None
        return numpy.asarray(self.tolist(), dtype=dtype or self.dtype.name)

    def item(self, *args):
        c = concrete_array(self, "item")
        if args:
            return c[args].item()
        if c.size != 1:
            raise ValueError("can only convert an array of size 1 to a Python scalar")
        v = c._v[0]
        return {"f": float, "c": complex, "b": bool}.get(c.dtype.kind, int)(v)

    def tolist(self):
        c = concrete_array(self, "tolist", True)
        k = c.dtype.kind
        conv = {"f": float, "c": complex, "b": bool}.get(k, int)

        def rec(vals, shp):
            if not shp:
                return conv(vals[0])
            n = shp[0]
            step = len(vals) // n if n else 0
            return [rec(vals[i * step:(i + 1) * step], shp[1:]) for i in range(n)]
        return rec(c._v, c.shape)



# Python operators with an operand JAX does not take (a list, None, a string...) fail as in JAX:
# the operator hands back NotImplemented, so Python raises its own TypeError naming both types.
_OPERATORS = {"add": "+", "sub": "-", "mul": "*", "truediv": "/", "floordiv": "//", "mod": "%",
              "divmod": "divmod()", "pow": "** or pow()", "matmul": "@", "and": "&", "or": "|",
              "xor": "^"}
_COMPARISONS = {"lt": "<", "le": "<=", "gt": ">", "ge": ">="}


def _jax_operand(o):
    return isinstance(o, (ArrayBase, bool, int, float, complex)) or hasattr(o, "__jax_array__")


def _type_name(x):
    # JAX's array type is a C type, named with its module; its tracers are Python classes
    return "jaxlib._jax.ArrayImpl" if isinstance(x, Array) else type(x).__name__


def _checked_operator(name, fn):
    reflected = name not in _OPERATORS and name not in _COMPARISONS
    sym = _OPERATORS.get(name[1:] if reflected else name)
    compare = _COMPARISONS.get(name)
    short = name in ("add", "radd", "mul", "rmul")

    def op(self, o):
        if _jax_operand(o):
            return fn(self, o)
        if isinstance(o, (list, tuple)) and short:
            # JAX refuses sequences itself here, naming its array type without its module
            a, b = type(self).__name__, type(o).__name__
            raise TypeError(f"unsupported operand type(s) for {sym}: "
                            f"'{b if reflected else a}' and '{a if reflected else b}'")
        if type(o).__module__ != "builtins" or isinstance(o, str) and short:
            return NotImplemented  # the other operand may know what to do
        a, b = _type_name(self), type(o).__name__
        if reflected:
            a, b = b, a
        if compare is not None:
            raise TypeError(f"'{compare}' not supported between instances of '{a}' and '{b}'")
        raise TypeError(f"unsupported operand type(s) for {sym}: '{a}' and '{b}'")
    op.__name__ = fn.__name__
    return op


def _checked_equality(fn):
    def op(self, o):
        if _jax_operand(o):
            return fn(self, o)
        if isinstance(o, (list, tuple)):
            raise TypeError("unsupported operand type(s) for ==: "
                            f"'{type(self).__name__}' and '{type(o).__name__}'")
        return NotImplemented
    op.__name__ = fn.__name__
    return op


for _n in [*_OPERATORS, *("r" + n for n in _OPERATORS if n != "divmod"), *_COMPARISONS]:
    _d = f"__{_n}__"
    if _d in vars(ArrayBase):
        setattr(ArrayBase, _d, _checked_operator(_n, vars(ArrayBase)[_d]))
for _d in ("__eq__", "__ne__"):
    setattr(ArrayBase, _d, _checked_equality(vars(ArrayBase)[_d]))
ArrayBase.__hash__ = None
del _n, _d

class Array(ArrayBase):
    """A concrete array: a flat row-major list of values with a shape and a dtype."""

    __slots__ = ("_v", "shape", "dtype", "weak_type")

    def __hash__(self):
        raise TypeError("unhashable type: 'jaxlib._jax.ArrayImpl'")

    def __init__(self, values, shape, dtype, weak_type=False):
        self._v = values
        self.shape = shape
        self.dtype = dtype
        self.weak_type = weak_type

    def __repr__(self):
        return format_repr(self._v, self.shape, self.dtype.name, self.weak_type)

    @property
    def _values(self):
        return self._v

    def __str__(self):
        return format_str(self._v, self.shape, self.dtype.name)

    @property
    def aval(self):
        return ShapedArray(self.shape, self.dtype, self.weak_type)

    def __reduce__(self):
        return (Array, (self._v, self.shape, self.dtype, self.weak_type))


def make_array(values, shape, dtype_name, weak_type=False):
    """Build an Array from a flat list of already-rounded values and a dtype name."""
    return Array(list(values), tuple(shape), to_dtype(dtype_name), weak_type)


def check_arraylike(name, pos, x):
    """jnp's refusal of lists, tuples and None where an array belongs (numpy would convert)."""
    if x is None or isinstance(x, (list, tuple)):
        raise TypeError(f"{name} requires ndarray or scalar arguments, got {type(x)} at "
                        f"position {pos}.")


def not_a_jax_value(name, x, pos):
    """The TypeError a lax primitive gives for an argument that is no array or scalar."""
    return TypeError(f"Error interpreting argument to {name} as a JAX value. The problematic "
                     f"value is of type {type(x)} and was passed to {name} at position {pos}.\n")


def require_arraylike(namespace, table):
    """Wrap namespace's functions so that the arguments `table` names are checked first.

    A spec is positions (digits), "*" for every positional argument, "s" for the elements of
    a sequence argument, "e" for einsum's operands; "spec:name" reports under JAX's name.
    """
    for spec, names in table.items():
        spec, _, alias = spec.partition(":")
        for fname in names.split():
            namespace[fname] = _arraylike_wrapper(namespace[fname], spec, alias or fname)


def _arraylike_wrapper(fn, spec, name):
    positions = tuple(int(c) for c in spec if c.isdigit())

    def checked(*args, **kwargs):
        if spec == "*":
            items = enumerate(args)
        elif spec == "s":
            items = enumerate(args[0]) if isinstance(args[0], (list, tuple)) else ()
        elif spec == "e":
            items = enumerate(args[1:])
        else:
            items = ((i, args[i]) for i in positions if i < len(args))
        for i, x in items:
            check_arraylike(name, i, x)
        return fn(*args, **kwargs)

    checked.__name__ = checked.__qualname__ = fn.__name__
    checked.__doc__, checked.__wrapped__ = fn.__doc__, fn
    return checked


def new_array(values, shape, dtype, weak_type=False):
    """Build an Array from an already-rounded flat value list (used by other modules)."""
    return Array(values, tuple(shape), dtype, weak_type)


class ShapedArray:
    __slots__ = ("shape", "dtype", "weak_type")

    def __init__(self, shape, dtype, weak_type=False):
        self.shape = shape
        self.dtype = dtype
        self.weak_type = weak_type

    @property
    def ndim(self):
        return len(self.shape)

    @property
    def size(self):
        return prod(self.shape)

    def str_short(self, short=True):
        name = self.dtype.name
        if short:
            name = {"float32": "f32", "int32": "i32", "uint32": "u32", "bool": "bool",
                    "complex64": "c64"}[name]
        return f"{name}[{','.join(map(str, self.shape))}]"

    def __repr__(self):
        return f"ShapedArray({self.str_short(False)}{', weak_type=True' if self.weak_type else ''})"

    def __str__(self):
        return ("~" if self.weak_type else "") + self.str_short(False)


class _AtIndexer:
    __slots__ = ("x",)

    def __init__(self, x):
        self.x = x

    def __getitem__(self, idx):
        return _AtRef(self.x, idx)


class _AtRef:
    __slots__ = ("x", "idx")

    def __init__(self, x, idx):
        self.x = x
        self.idx = idx

    def get(self, *, mode=None, fill_value=None, **kw):
        return _jnp()._gather(self.x, self.idx, mode, fill_value)

    def _update(self, y, how, mode):
        return _jnp()._scatter(self.x, self.idx, y, how, mode)

    def set(self, y, *, mode=None, **kw):
        return self._update(y, "set", mode)

    def add(self, y, *, mode=None, **kw):
        return self._update(y, "add", mode)

    def subtract(self, y, *, mode=None, **kw):
        return self._update(_jnp().negative(y), "add", mode)

    def multiply(self, y, *, mode=None, **kw):
        return self._update(y, "mul", mode)

    mul = multiply

    def divide(self, y, *, mode=None, **kw):
        return self._update(_jnp().true_divide(1, y), "mul", mode)

    def power(self, y, **kw):
        raise _not_available("jax.numpy.ndarray.at[].power")

    def min(self, y, *, mode=None, **kw):
        return self._update(y, "min", mode)

    def max(self, y, *, mode=None, **kw):
        return self._update(y, "max", mode)

    def apply(self, fn, **kw):
        return self.set(fn(self.get()))


# ---------------------------------------------------------------------------
# creating arrays from Python data


def _infer(x):
    """Flatten nested Python data; return (values, shape, dtype, weak)."""
    if isinstance(x, Array):
        return x._v, x.shape, x.dtype, x.weak_type
    if isinstance(x, bool):
        return [x], (), bool_, False
    if isinstance(x, int):
        return [x], (), int32, True
    if isinstance(x, float):
        return [x], (), float32, True
    if isinstance(x, complex):
        return [x], (), complex64, True
    if isinstance(x, (list, tuple)):
        if not x:
            return [], (0,), float32, False
        parts = [_infer(e) for e in x]
        shp = parts[0][1]
        for p in parts:
            if p[1] != shp:
                depth, known = _homogeneous_prefix(x)
                raise ValueError(
                    "setting an array element with a sequence. The requested array has an "
                    f"inhomogeneous shape after {depth} dimensions. The detected shape was "
                    f"{known} + inhomogeneous part.")
        dt = max((p[2] for p in parts), key=lambda d: d.cat)
        vals = []
        for p in parts:
            vals.extend(cast_values(p[0], p[2], dt) if p[2] is not dt else p[0])
        return vals, (len(x),) + shp, dt, False
    if isinstance(x, Tracer):
        raise TypeError("tracer inside a Python list")
    if hasattr(x, "tolist") and hasattr(x, "dtype") and hasattr(x, "shape"):
        # an object such as a numpy array, if one is around
        name = str(x.dtype)
        v, s, _, _ = _infer(x.tolist())
        dt = to_dtype(name) if name in _DTYPE_NAMES else (float32 if "float" in name else int32)
        return v, tuple(x.shape), dt, False
    raise TypeError(f"Value {x!r} with type {type(x)} is not a valid JAX type")


def _homogeneous_prefix(x):
    shape = []
    level = [x]
    while all(isinstance(e, (list, tuple)) for e in level):
        lens = {len(e) for e in level}
        if len(lens) != 1:
            break
        shape.append(lens.pop())
        level = [c for e in level for c in e]
        if not level:
            break
    return len(shape), tuple(shape)


def asarray(x, dtype=None, weak=None):
    """Turn x into an Array (or leave a tracer as is), casting to dtype if given."""
    dtype = to_dtype(dtype)
    if isinstance(x, Tracer):
        if dtype is not None and dtype is not x.dtype:
            return convert(x, dtype, False)
        return x
    if isinstance(x, Array):
        if dtype is None or dtype is x.dtype:
            return x
        return Array(cast_values(x._v, x.dtype, dtype), x.shape, dtype, False)
    if isinstance(x, (list, tuple)) and any(isinstance(e, ArrayBase) for e in _iter_flat(x)):
        return _jnp().stack([asarray(e) for e in x]) if dtype is None else \
            _jnp().stack([asarray(e) for e in x]).astype(dtype)
    vals, shape, dt, w = _infer(x)
    if dtype is not None and dtype is not dt:
        vals = cast_values(vals, dt, dtype)
        dt = dtype
        w = False
    elif dt.kind == "f" and not isinstance(x, Array):
        vals = f32(vals)
    elif dt.kind == "c":
        vals = c64(vals)
    elif dt.kind == "i":
        for v in vals:
            if not -2147483648 <= v <= 2147483647:
                raise OverflowError(f"Python int {v} too large to convert to int32")
    if dtype is not None:
        w = False
    if weak is not None:
        w = weak
    return Array(vals, shape, dt, w)


def _iter_flat(x):
    for e in x:
        if isinstance(e, (list, tuple)):
            yield from _iter_flat(e)
        else:
            yield e


def const(value, dtype, shape=(), weak=False):
    n = prod(shape)
    if dtype.kind == "f":
        value = f32([value])[0]
    elif dtype.kind == "c":
        value = c64([value])[0]
    elif dtype.kind == "b":
        value = bool(value)
    else:
        value = int(value)
    return Array([value] * n, tuple(shape), dtype, weak)


def zeros_like_aval(x, dtype=None):
    dt = dtype or x.dtype
    return const(0, dt, x.shape, x.weak_type)


# ---------------------------------------------------------------------------
# primitives and tracing


class Primitive:
    # fwd, when set, runs the forward pass under reverse mode and returns (out, residuals);
    # the residuals reach vjp as its `res` parameter (custom_vjp's fwd/bwd split)
    __slots__ = ("name", "impl", "jvp", "vjp", "batch", "fwd")

    def __init__(self, name):
        self.name = name
        self.impl = None
        self.jvp = None
        self.vjp = None
        self.batch = None
        self.fwd = None

    def __repr__(self):
        return self.name

    def bind(self, *args, **params):
        top = None
        for a in args:
            if isinstance(a, Tracer):
                t = a._trace
                if top is None or t.level > top.level:
                    top = t
        if top is None:
            return self.impl(*args, **params)
        return top.process(self, [top.full_raise(a) for a in args], params)


_trace_depth = [0]


class Trace:
    __slots__ = ("level", "active")

    def __init__(self):
        _trace_depth[0] += 1
        self.level = _trace_depth[0]
        self.active = True

    def finish(self):
        _trace_depth[0] -= 1
        self.active = False

    def full_raise(self, x):
        if isinstance(x, Tracer):
            if x._trace is self:
                return x
            if x._trace.level == self.level:
                raise UnexpectedTracerError(
                    "Encountered an unexpected tracer. A function transformed by JAX had a "
                    "side effect, allowing for a reference to an intermediate value with type "
                    f"{x.aval.str_short()} wrapped in a {type(x).__name__} to escape the scope "
                    "of the transformation.")
        return self.pure(x)


class Tracer(ArrayBase):
    __slots__ = ("_trace",)

    @property
    def shape(self):
        return self.aval.shape

    @property
    def dtype(self):
        return self.aval.dtype

    @property
    def weak_type(self):
        return self.aval.weak_type

    def __str__(self):
        return repr(self)

    @property
    def _values(self):
        x = self
        while isinstance(x, Tracer):
            if isinstance(x, BatchTracer) and x.bdim is not None:
                raise AttributeError("_values")
            if isinstance(x, JitTracer):
                x._trace.replayable = False  # the values read here are this call's only
            x = getattr(x, "val", None) if isinstance(x, (BatchTracer, JitTracer)) else x.primal
        return x._v


def concrete_array(x, what="value", strict=False):
    """The concrete Array under a stack of tracers, or the right JAX error; strict: jvp and
    grad tracers refuse too."""
    while isinstance(x, Tracer):
        if strict and isinstance(x, (JVPTracer, VJPTracer)):
            raise _concretization_error(x, what, None, "")
        x = x._concrete(what)
    return x


def is_abstract(x):
    """Whether some tracer in x's stack has no concrete value (jit, or batched by vmap)."""
    try:
        concrete_array(x)
    except JAXTypeError:
        return True
    return False


def _concretization_error(x, what, trace_name, origin=None):
    if origin is None:
        origin = f"The error occurred while tracing the function for {trace_name}."
    shape = x.aval.str_short(False)
    at = f"{origin}\n" if origin else ""  # jvp and grad tracers name no origin
    if what == "bool":
        return TracerBoolConversionError(
            f"Attempted boolean conversion of traced array with shape {shape}."
            f"\n{at}See {_DOCS}TracerBoolConversionError")
    if what == "index":
        return TracerIntegerConversionError(
            f"The __index__() method was called on traced array with shape {shape}\n{at}"
            f"See {_DOCS}TracerIntegerConversionError")
    if what == "__array__":
        return TracerArrayConversionError(
            "The numpy.ndarray conversion method __array__() was called on traced array with "
            f"shape {shape}\n{at}See {_DOCS}TracerArrayConversionError")
    head = ("Abstract tracer value encountered where concrete value is expected: traced array "
            f"with shape {shape}\n")
    if what.startswith(("It arose", "The size argument", "The error arose")):
        return ConcretizationTypeError(f"{head}{what}\n{at}\nSee {_DOCS}ConcretizationTypeError")
    if what == "tolist":
        return ConcretizationTypeError(
            f"{head}The tolist() method was called on traced array with shape {shape}.\n{at}"
            f"\nSee {_DOCS}ConcretizationTypeError")
    hint = ""
    if what in ("float", "int", "complex"):
        hint = ("If trying to convert the data type of a value, try using `x.astype("
                f"{what})` or `jnp.array(x, {what})` instead.")
    return ConcretizationTypeError(
        f"{head}The problem arose with the `{what}` function. {hint}\n{at}\n"
        f"See {_DOCS}ConcretizationTypeError")


# --- forward mode -----------------------------------------------------------


class JVPTrace(Trace):
    __slots__ = ()

    def pure(self, x):
        # a constant's tangent is a symbolic zero (None), as JAX's Zero
        return JVPTracer(self, x, None)

    def process(self, prim, tracers, params):
        rule = prim.jvp
        if rule is None:
            raise NotImplementedError(f"Differentiation rule for '{prim.name}' not implemented")
        primals = [t.primal for t in tracers]
        tangents = [t.tangent for t in tracers]
        # an output whose tangent is a symbolic zero is no tracer in JAX: a comparison or an
        # integer result under jvp or grad is a plain array (its repr shows the values)
        if all(t is None for t in tangents):
            return prim.bind(*primals, **params)
        if prim.name not in _SPARSE_JVP:
            tangents = [instantiate(t, p) for t, p in zip(tangents, primals, strict=False)]
        out, tout = rule(primals, tangents, **params)
        return out if tout is None or out.dtype.kind not in "fc" else JVPTracer(self, out, tout)


def instantiate(t, p):
    if t is not None:
        return t
    return zeros_like_aval(p, float32 if not inexact(p.dtype) else None)


# primitives whose jvp rules accept None (symbolic zero) tangents
_SPARSE_JVP = {"add", "sub", "mul", "div", "pow", "max", "min", "rem", "atan2"}


class JVPTracer(Tracer):
    __slots__ = ("primal", "tangent")

    def __init__(self, trace, primal, tangent):
        self._trace = trace
        self.primal = primal
        self.tangent = tangent

    @property
    def aval(self):
        return self.primal.aval

    def _concrete(self, what):
        return self.primal

    def __repr__(self):
        t = self.tangent
        ts = f"Zero({self.aval.str_short()})" if t is None else _short(t)
        return f"JVPTracer(primal={_short(self.primal)}, tangent={ts})"


def _short(x):
    if isinstance(x, Array):
        return str(x)  # with float32 printing, as JAX shows a tracer's primal
    return repr(x)


# --- reverse mode: a tape per trace level ------------------------------------


class Node:
    __slots__ = ("prim", "params", "primals", "out", "parents")

    def __init__(self, prim, params, primals, out, parents):
        self.prim = prim
        self.params = params
        self.primals = primals
        self.out = out
        self.parents = parents


class VJPTrace(Trace):
    __slots__ = ("tape",)

    def __init__(self):
        super().__init__()
        self.tape = []

    def pure(self, x):
        return VJPTracer(self, x, None)

    def new_input(self, x):
        node = Node(None, None, None, x, ())
        return VJPTracer(self, x, node)

    def process(self, prim, tracers, params):
        primals = [t.primal for t in tracers]
        parents = [t.node for t in tracers]
        if prim.fwd is not None and any(p is not None for p in parents):
            out, res = prim.fwd(*primals, **params)
            params = dict(params, res=res)
        else:
            out = prim.bind(*primals, **params)
        if prim.vjp is None:
            if any(p is not None for p in parents):
                raise NotImplementedError(
                    f"Reverse-mode differentiation rule for '{prim.name}' not implemented")
            return out
        if all(p is None for p in parents) or not inexact(out.dtype) or prim is stop_gradient_p:
            return out  # no tangent: a plain array, as under jvp
        node = Node(prim, params, primals, out, parents)
        self.tape.append(node)
        return VJPTracer(self, out, node)

    def backward(self, seeds):
        """seeds: list of (node, cotangent). Returns dict id(node) -> cotangent."""
        cts = {}
        for node, ct in seeds:
            if node is not None:
                k = id(node)
                cts[k] = ct if k not in cts else add_any(cts[k], ct)
        for node in reversed(self.tape):
            ct = cts.pop(id(node), None)
            if ct is None:
                continue
            in_cts = node.prim.vjp(ct, node.out, *node.primals, **node.params)
            for parent, c in zip(node.parents, in_cts, strict=False):
                if parent is None or c is None:
                    continue
                k = id(parent)
                cts[k] = c if k not in cts else add_any(cts[k], c)
        return cts


class VJPTracer(Tracer):
    __slots__ = ("primal", "node")

    def __init__(self, trace, primal, node):
        self._trace = trace
        self.primal = primal
        self.node = node

    @property
    def aval(self):
        return self.primal.aval

    def _concrete(self, what):
        return self.primal

    def __repr__(self):
        return f"GradTracer(primal={_short(self.primal)}, typeof(tangent)={self.aval.str_short()})"


# --- batching ----------------------------------------------------------------


class BatchTrace(Trace):
    __slots__ = ("size",)

    def __init__(self, size):
        super().__init__()
        self.size = size

    def pure(self, x):
        return BatchTracer(self, x, None)

    def process(self, prim, tracers, params):
        vals = [t.val for t in tracers]
        dims = [t.bdim for t in tracers]
        if all(d is None for d in dims):
            return BatchTracer(self, prim.bind(*vals, **params), None)
        rule = prim.batch
        if rule is None:
            out, d = batch_loop(prim, vals, dims, self.size, params)
        else:
            out, d = rule(vals, dims, self.size, **params)
        return BatchTracer(self, out, d)


class BatchTracer(Tracer):
    __slots__ = ("val", "bdim")

    def __init__(self, trace, val, bdim):
        self._trace = trace
        self.val = val
        self.bdim = bdim

    @property
    def aval(self):
        a = self.val
        if self.bdim is None:
            return a.aval
        return ShapedArray(a.shape[1:], a.dtype, a.weak_type)

    def _concrete(self, what):
        if self.bdim is None:
            return self.val
        raise _concretization_error(self, what, "vmap")

    def __repr__(self):
        a = self.aval
        return (f"VmapTracer(aval={a.str_short(False)}, "
                f"batched={self.val.aval.str_short(False) if self.bdim is not None else None})")


def batch_index(x, i):
    """x[i] along the leading axis, for any (possibly traced) x."""
    n = prod(x.shape[1:])
    return gather_flat_p.bind(x, idx=range(i * n, (i + 1) * n), shape=x.shape[1:])


def batch_loop(prim, vals, dims, size, params):
    outs = []
    for i in range(size):
        args = [batch_index(v, i) if d is not None else v for v, d in zip(vals, dims, strict=False)]
        outs.append(prim.bind(*args, **params))
    return stack0(outs), 0


def stack0(xs):
    xs = [reshape_p.bind(x, shape=(1,) + tuple(x.shape)) for x in xs]
    if len(xs) == 1:
        return xs[0]
    return concatenate_p.bind(*xs, axis=0)


def move_bdim_to_front(x, d, size):
    if d is None:
        return broadcast_leading(x, size)
    return x


def broadcast_leading(x, size):
    return broadcast_p.bind(x, shape=(size,) + tuple(x.shape))


# --- jit: concrete values hidden behind a tracer ----------------------------


# How many computations that XLA would compile and fuse as a whole (a jit, or a jnp
# function JAX jits) are running: inside one, exp and log keep the vector kernel for
# every element (see _libm_tail).
_fused = [0]
_jit_traces = []  # the JitTraces running now, innermost last


def fused(fn):
    def run(*args, **kwargs):
        _fused[0] += 1
        try:
            return fn(*args, **kwargs)
        finally:
            _fused[0] -= 1
    run.__name__, run.__qualname__, run.__doc__ = fn.__name__, fn.__qualname__, fn.__doc__
    return run


class JitTrace(Trace):
    """jit's trace: runs eagerly behind tracers, recording each primitive for replay.

    A later call with the same argument types replays the recording instead of running the
    Python function, as JAX runs its compiled trace: no print, no side effect, and values
    captured from globals stay as they were when traced. Anything the recording cannot
    capture (a concrete peek at a traced value, a tracer from an enclosing transformation,
    jax.debug output) makes the trace non-replayable, and jit runs the function again.
    """

    __slots__ = ("fname", "arg_names", "ops", "replayable")

    def __init__(self, fname, arg_names=()):
        super().__init__()
        self.fname = fname
        self.arg_names = arg_names
        self.ops = []
        self.replayable = True
        _fused[0] += 1
        _jit_traces.append(self)

    def finish(self):
        super().finish()
        _fused[0] -= 1
        _jit_traces.remove(self)

    def pure(self, x):
        if isinstance(x, Tracer):  # a value of an enclosing transformation, not a constant
            self.replayable = False
        return JitTracer(self, x, frozenset())

    def process(self, prim, tracers, params):
        deps = frozenset().union(*[t.deps for t in tracers])
        out = JitTracer(self, prim.bind(*[t.val for t in tracers], **params), deps)
        self.ops.append((prim, params, tracers, out))
        return out

    def replay(self, inputs, values, outputs):
        """The outputs' values with `values` in place of the input tracers."""
        env = {id(t): v for t, v in zip(inputs, values, strict=True)}
        _fused[0] += 1
        try:
            for prim, params, tracers, out in self.ops:
                env[id(out)] = prim.bind(*[env.get(id(t), t.val) for t in tracers], **params)
        finally:
            _fused[0] -= 1
        return [env.get(id(o), o.val) if isinstance(o, JitTracer) and o._trace is self else o
                for o in outputs]

    def origin(self, deps):
        msg = f"The error occurred while tracing the function {self.fname} for jit. "
        names = [self.arg_names[i] if i < len(self.arg_names) else "unknown"
                 for i in sorted(deps)]
        if not names:
            return msg
        if len(names) == 1:
            info = f"the argument {names[0]}"
        elif len(names) == 2:
            info = f"the arguments {names[0]} and {names[1]}"
        else:
            info = f"the arguments {', '.join(names[:-1])}, and {names[-1]}"
        return (msg + "This concrete value was not available in Python because it depends on "
                f"the value{'s' if len(names) > 1 else ''} of {info}.")


class JitTracer(Tracer):
    __slots__ = ("val", "deps")

    def __init__(self, trace, val, deps=frozenset()):
        self._trace = trace
        self.val = val
        self.deps = deps

    @property
    def aval(self):
        return self.val.aval

    def _concrete(self, what):
        raise _concretization_error(self, what, "jit", self._trace.origin(self.deps))

    def __repr__(self):
        return f"JitTracer({'~' if self.weak_type else ''}{self.aval.str_short(False)})"


def add_any(a, b):
    return add_p.bind(a, b)


# ---------------------------------------------------------------------------
# primitive definitions. Each primitive has impl (on Arrays), jvp, vjp and an
# optional batch rule right beside it.

_INF = math.inf
_NAN = math.nan


def _ieee_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        if a != a or a == 0:
            return _NAN
        return math.copysign(_INF, a) * math.copysign(1.0, b)


def _safe(fn, fallback):
    def g(vals):
        try:
            return [fn(v) for v in vals]
        except (ValueError, OverflowError, ZeroDivisionError):
            return [fallback(v) for v in vals]
    return g


def _guard(fn, on_error):
    def h(v):
        try:
            return fn(v)
        except (ValueError, OverflowError, ZeroDivisionError):
            return on_error(v)
    return h


def _exp_err(v):
    return _INF


def _log_err(v):
    if v == 0:
        return -_INF
    return _NAN


def _nan_err(v):
    return _NAN


def _sinh_err(v):
    return math.copysign(_INF, v)


def _logistic(v):
    e = _xla_exp(-v)
    if e == _INF:
        return 0.0
    d = f32([1.0 + e])[0]
    r = 1.0 / d
    # XLA flushes subnormal results to zero
    return r if (r >= 1.1754943508222875e-38 or r != r) else 0.0


def _logistic_err(v):
    return 1.0 if v > 0 else 0.0


def _erf_inv(y):
    if y <= -1:
        return -_INF if y == -1 else _NAN
    if y >= 1:
        return _INF if y == 1 else _NAN
    # initial guess then Newton steps on erf
    a = 0.147
    ln = math.log(1 - y * y)
    t = 2 / (math.pi * a) + ln / 2
    x = math.copysign(math.sqrt(math.sqrt(t * t - ln / a) - t), y)
    for _ in range(3):
        err = math.erf(x) - y
        x -= err / (2 / math.sqrt(math.pi) * math.exp(-x * x))
    return x


# XLA's CPU tanh is a clamped rational approximation evaluated in float32 with fused
# multiply-adds; copying it keeps results such as 1 + tanh(-3) equal to JAX's.
_TANH_NUM = f32([-2.76076847742355e-16, 2.00018790482477e-13, -8.60467152213735e-11,
                 5.12229709037114e-08, 1.48572235717979e-05, 6.37261928875436e-04,
                 4.89352455891786e-03])
_TANH_DEN = f32([1.19825839466702e-06, 1.18534705686654e-04, 2.26843463243900e-03,
                 4.89352518554385e-03])
_TANH_CLAMP = f32([7.99881172180175781])[0]


def _xla_tanh(x):
    if x != x:
        return x
    if abs(x) < 0.0004:
        return x
    if x > _TANH_CLAMP:
        x = _TANH_CLAMP
    elif x < -_TANH_CLAMP:
        x = -_TANH_CLAMP
    x2 = f32([x * x])[0]
    n = _TANH_NUM[0]
    for c in _TANH_NUM[1:]:
        n = f32([x2 * n + c])[0]
    n = f32([x * n])[0]
    d = _TANH_DEN[0]
    for c in _TANH_DEN[1:]:
        d = f32([x2 * d + c])[0]
    return n / d


# XLA's CPU exp: Cephes' range reduction and polynomial in float32 with fused multiply-adds
_EXP_L2E = f32([1.44269504088896341])[0]
_EXP_C1 = f32([0.693359375])[0]
_EXP_C2 = f32([-2.12194440e-4])[0]
_EXP_P = f32([1.9875691500E-4, 1.3981999507E-3, 8.3334519073E-3, 4.1665795894E-2,
              1.6666665459E-1, 5.0000001201E-1])


def _xla_exp(x):
    if x != x:
        return x
    if x > 88.72283935546875:
        return _INF
    if x < -87.33654022216797:
        return 0.0
    r = array("f", [0.0])
    r[0] = x * _EXP_L2E + 0.5
    fx = min(float(math.floor(r[0])), 127.0)  # XLA keeps 2**fx a finite float32
    r[0] = x - _EXP_C1 * fx
    r[0] = r[0] - _EXP_C2 * fx
    xx = r[0]
    r[0] = xx * xx
    z = r[0]
    r[0] = xx * _EXP_P[0] + _EXP_P[1]
    for p in _EXP_P[2:]:
        r[0] = r[0] * xx + p
    r[0] = r[0] * z + xx
    r[0] = 1.0 + r[0]
    r[0] = r[0] * 2.0 ** fx
    return r[0]


# XLA's CPU log: Eigen's float log (Cephes polynomial split in three, fused multiply-adds)
_LOG_SQRTHF = f32([0.707106781186547524])[0]
_LOG_P = f32([7.0376836292E-2, -1.1514610310E-1, 1.1676998740E-1, -1.2420140846E-1,
              1.4249322787E-1, -1.6668057665E-1, 2.0000714765E-1, -2.4999993993E-1,
              3.3333331174E-1])
_LOG_Q1 = f32([-2.12194440e-4])[0]
_LOG_Q2 = f32([0.693359375])[0]


def _xla_log(v):
    if v != v or v < 0:
        return _NAN
    if v < 1.1754943508222875e-38:
        # XLA reads subnormal inputs as zero
        return -_INF
    if v == _INF:
        return v
    m, e = math.frexp(v)
    e = float(e)
    r = array("f", [0.0, 0.0, 0.0, 0.0])
    if m < _LOG_SQRTHF:
        e -= 1.0
        r[0] = m - 1.0
        r[0] = r[0] + m
    else:
        r[0] = m - 1.0
    x = r[0]
    r[1] = x * x
    x2 = r[1]
    r[1] = x2 * x
    x3 = r[1]
    p = _LOG_P
    r[1] = p[0] * x + p[1]
    r[2] = p[3] * x + p[4]
    r[3] = p[6] * x + p[7]
    r[1] = r[1] * x + p[2]
    r[2] = r[2] * x + p[5]
    r[3] = r[3] * x + p[8]
    r[1] = r[1] * x3 + r[2]
    r[1] = r[1] * x3 + r[3]
    r[2] = _LOG_Q1 * e
    r[1] = r[1] * x3 + r[2]
    r[0] = x - x2 * 0.5
    r[0] = r[0] + r[1]
    r[0] = _LOG_Q2 * e + r[0]
    return r[0]


# glibc's expf and logf as built for x86-64 with FMA (double arithmetic, a 32- or 16-entry
# table, one float32 rounding); XLA calls them for the tail of some short vectors.
_H = float.fromhex


def _fma_exact(a, b, c):
    (na, da), (nb, db), (nc, dc) = a.as_integer_ratio(), b.as_integer_ratio(), c.as_integer_ratio()
    return (na * nb * dc + nc * da * db) / (da * db * dc)  # int division rounds correctly


_fma = getattr(math, "fma", None) or _fma_exact  # math.fma from Python 3.13
_EXPF_INVLN2N = _H("0x1.71547652b82fep+5")  # 32 / ln 2
_EXPF_SHIFT = _H("0x1.8p+52")
_EXPF_C = (_H("0x1.c6af84b912394p-20"), _H("0x1.ebfce50fac4f3p-13"), _H("0x1.62e42ff0c52d6p-6"))
# 2**(i/32) rounded to double: five integer square roots of 2**i, scaled by 2**120
_EXPF_T = [math.isqrt(math.isqrt(math.isqrt(math.isqrt(math.isqrt(
    2 ** (i + 3840)))))) / 2 ** 120 for i in range(32)]
_LOGF_T = [_H(h) for h in """
    0x1.661ec79f8f3bep+0 -0x1.57bf7808caadep-2 0x1.571ed4aaf883dp+0 -0x1.2bef0a7c06ddbp-2
    0x1.49539f0f010b0p+0 -0x1.01eae7f513a67p-2 0x1.3c995b0b80385p+0 -0x1.b31d8a68224e9p-3
    0x1.30d190c8864a5p+0 -0x1.6574f0ac07758p-3 0x1.25e227b0b8ea0p+0 -0x1.1aa2bc79c8100p-3
    0x1.1bb4a4a1a343fp+0 -0x1.a4e76ce8c0e5ep-4 0x1.12358f08ae5bap+0 -0x1.1973c5a611cccp-4
    0x1.0953f419900a7p+0 -0x1.252f438e10c1ep-5 0x1p+0 0x0p+0
    0x1.e608cfd9a47acp-1 0x1.aa5aa5df25984p-5 0x1.ca4b31f026aa0p-1 0x1.c5e53aa362eb4p-4
    0x1.b2036576afce6p-1 0x1.526e57720db08p-3 0x1.9c2d163a1aa2dp-1 0x1.bc2860d224770p-3
    0x1.886e6037841edp-1 0x1.1058bc8a07ee1p-2 0x1.767dcf5534862p-1 0x1.4043057b6ee09p-2
""".split()]  # (1/c, log c) for 16 subintervals of [0x3f330000, 0x3fb30000)
_LOGF_LN2 = _H("0x1.62e42fefa39efp-1")
_LOGF_A = (_H("-0x1.00ea348b88334p-2"), _H("0x1.5575b0be00b6ap-2"), _H("-0x1.ffffef20a4123p-2"))
_FLT_MIN = 1.1754943508222875e-38


def _glibc_expf(x):
    if not -87.5 <= x <= 88.72283172607422:
        return x if x != x else (_INF if x > 0 else 0.0)
    z = _fma(_EXPF_INVLN2N, x, _EXPF_SHIFT)
    kd = z - _EXPF_SHIFT
    ki = int(kd)
    r = _fma(_EXPF_INVLN2N, x, -kd)
    c0, c1, c2 = _EXPF_C
    y = _fma(_fma(r, c0, c1), r * r, _fma(r, c2, 1.0)) * (_EXPF_T[ki % 32] * 2.0 ** (ki >> 5))
    y = f32([y])[0]
    return y if y >= _FLT_MIN else 0.0  # XLA flushes subnormal results to zero


def _glibc_logf(x):
    if not _FLT_MIN <= x <= 3.4028234663852886e38:
        if 0 < x:
            # read as zero (XLA's flush), the rescaling of a subnormal gives log(2**-150)
            return f32([-150 * _LOGF_LN2])[0] if x < _FLT_MIN else x
        return -_INF if x == 0 else _NAN
    m, e = math.frexp(x)
    t = (e << 23) + int(m * 2 ** 24) - 0xB30000  # glibc's asuint(x) - 0x3f330000
    k = t >> 23
    z = math.ldexp(x, -k)
    i = 2 * ((t >> 19) & 15)
    invc, logc = _LOGF_T[i], _LOGF_T[i + 1]
    r = _fma(z, invc, -1.0)
    y0 = _fma(float(k), _LOGF_LN2, logc)
    r2 = r * r
    a0, a1, a2 = _LOGF_A
    y = _fma(r2, a0, _fma(r, a1, a2))
    return f32([_fma(r2, y, r + y0)])[0]


# XLA's CPU log1p: log(1 + x) for |x| >= sqrt(2) - 1, else a rational approximation in
# float32 with fused multiply-adds (the same sequence as _prng.log1p32, faster)
_LOG1P_NUM = f32([4.5270000862445199635215e-5, 4.9854102823193375972212e-1,
                  6.5787325942061044846969e0, 2.9911919328553073277375e1,
                  6.0949667980987787057556e1, 5.7112963590585538103336e1,
                  2.0039553499201281259648e1])
_LOG1P_DEN = f32([1.0, 1.5062909083469192043167e1, 8.3047565967967209469434e1,
                  2.2176239823732856465394e2, 3.0909872225312059774938e2,
                  2.1642788614495947685003e2, 6.0118660497603843919306e1])
_LOG1P_SMALL = f32([0.41421356237309504880])[0]


def _xla_log1p(x):
    if not abs(x) < _LOG1P_SMALL:
        return _xla_log(f32([x + 1.0])[0])
    if abs(x) < _FLT_MIN:
        return x * 0.0  # a subnormal input reads as a zero of its sign
    r = array("f", [0.0, 0.0, 0.0])
    r[0] = x * x
    x2 = r[0]
    for c in _LOG1P_NUM:
        r[1] = r[1] * x + c
    for c in _LOG1P_DEN:
        r[2] = r[2] * x + c
    r[1] = r[1] / r[2]
    r[0] = x * x2
    r[1] = r[0] * r[1]
    r[1] = -0.5 * x2 + r[1]
    r[1] = x + r[1]
    return r[1]


def _xla_expm1(x):
    # XLA's expm1: exp(x) - 1 for |x| > 0.5, else tanh(x/2) * (exp(x) + 1)
    h = x * 0.5
    if h == 0 or x != x:
        return x
    if abs(x) > 0.5:
        return f32([_xla_exp(x) - 1.0])[0]
    return f32([_xla_tanh(h)])[0] * f32([_xla_exp(x) + 1.0])[0]


def _round_half_away(v):
    if v != v or v in (_INF, -_INF):
        return v
    if abs(v) >= 2.0 ** 23:  # a float32 this large is an integer already
        return v
    # exact in binary64 for a float32 below 2**23
    return math.copysign(float(math.floor(abs(v) + 0.5)), v)


def _round_half_even(v):
    if v != v or v in (_INF, -_INF):
        return v
    return math.copysign(float(round(v)), v)  # a negative value rounding to zero gives -0.0


_UNARY_FLOAT = {
    "neg": lambda v: -v,
    "exp": _xla_exp,
    "log": _xla_log,
    "log1p": _xla_log1p,
    "expm1": _xla_expm1,
    "sqrt": _guard(math.sqrt, _nan_err),
    "rsqrt": _guard(lambda v: 1.0 / math.sqrt(v), lambda v: _INF if v == 0 else _NAN),
    "sin": _guard(math.sin, _nan_err),
    "cos": _guard(math.cos, _nan_err),
    "tan": _guard(math.tan, _nan_err),
    "tanh": _xla_tanh,
    "asin": _guard(math.asin, _nan_err),
    "acos": _guard(math.acos, _nan_err),
    "atan": math.atan,
    "sinh": _guard(math.sinh, _sinh_err),
    "cosh": _guard(math.cosh, _exp_err),
    "asinh": math.asinh,
    "acosh": _guard(math.acosh, _nan_err),
    "atanh": _guard(math.atanh, lambda v: math.copysign(_INF, v) if abs(v) == 1 else _NAN),
    "logistic": _guard(_logistic, _logistic_err),
    "abs": abs,
    "sign": lambda v: v if v != v else (1.0 if v > 0 else (-1.0 if v < 0 else 0.0)),
    "floor": lambda v: float(math.floor(v)) if math.isfinite(v) else v,
    "ceil": lambda v: float(math.ceil(v)) if math.isfinite(v) else v,
    "round": _round_half_even,
    "erf": math.erf,
    "erfc": math.erfc,
    "erf_inv": _erf_inv,
    "lgamma": _guard(math.lgamma, lambda v: _INF),
    "digamma": None,
    "is_finite": None,
}


def _csafe(fn):
    # cmath raises where IEEE arithmetic gives inf or nan
    def f(v):
        try:
            return fn(v)
        except (ValueError, OverflowError, ZeroDivisionError):
            return complex(_NAN, _NAN)
    return f


def _clogistic(v):
    return 1 / (1 + cmath.exp(-v))


def _csign(v):
    a = abs(v)
    return v / a if a else 0j


_UNARY_COMPLEX = {
    "neg": lambda v: -v, "exp": cmath.exp, "log": cmath.log, "log1p": lambda v: cmath.log(1 + v),
    "expm1": lambda v: cmath.exp(v) - 1, "sqrt": cmath.sqrt, "rsqrt": lambda v: 1 / cmath.sqrt(v),
    "sin": cmath.sin, "cos": cmath.cos, "tan": cmath.tan, "tanh": cmath.tanh,
    "asin": cmath.asin, "acos": cmath.acos, "atan": cmath.atan, "sinh": cmath.sinh,
    "cosh": cmath.cosh, "asinh": cmath.asinh, "acosh": cmath.acosh, "atanh": cmath.atanh,
    "logistic": _clogistic, "sign": _csign, "conj": lambda v: v.conjugate(),
}
# complex in, float32 out
_COMPLEX_TO_REAL = {"abs": abs, "real": lambda v: v.real, "imag": lambda v: v.imag}


def _digamma(x):
    if x <= 0 and x == math.floor(x):
        return _NAN
    r = 0.0
    if x < 0:
        # reflection
        return _digamma(1 - x) - math.pi / math.tan(math.pi * x)
    while x < 6:
        r -= 1 / x
        x += 1
    f = 1 / (x * x)
    return r + math.log(x) - 0.5 / x - f * (1 / 12 - f * (1 / 120 - f * (1 / 252 - f * (
        1 / 240 - f / 132))))


_UNARY_FLOAT["digamma"] = _guard(_digamma, _nan_err)

_UNARY_INT = {
    "neg": lambda v: -v,
    "abs": abs,
    "sign": lambda v: (v > 0) - (v < 0),
    "not": lambda v: ~v,
}


# The dtypes each primitive accepts, in the words of JAX's TypeError (lax's dtype rules).
_NUM_WORDS = "integer, floating, complexfloating"
_INEXACT_WORDS = "floating, complexfloating"
_ACCEPTED = {
    "not": "integer, bool", "and": "integer, bool", "or": "integer, bool",
    "xor": "integer, bool", "neg": _NUM_WORDS, "sign": _NUM_WORDS, "add": _NUM_WORDS,
    "sub": _NUM_WORDS, "mul": _NUM_WORDS, "div": _NUM_WORDS, "rem": "integer, floating",
    "floor": "floating", "ceil": "floating", "round": "floating", "is_finite": "floating",
    "abs": "floating, complexfloating, signedinteger", "atan2": _INEXACT_WORDS,
    "pow": _INEXACT_WORDS,
}


def _dtype_error(name, dtype, pos=None):
    """JAX's TypeError for an operand whose dtype primitive `name` does not accept."""
    words = _ACCEPTED.get(name, _INEXACT_WORDS)
    if pos is None:
        return TypeError(f"{name} does not accept dtype {dtype.name}. Accepted dtypes are "
                         f"subtypes of {words}.")
    return TypeError(f"{name} does not accept dtype {dtype.name} at position {pos}. Accepted "
                     f"dtypes at position {pos} are subtypes of {words}.")


def _unary_impl(name):
    ffn = _UNARY_FLOAT.get(name)
    ifn = _UNARY_INT.get(name)

    cfn = _UNARY_COMPLEX.get(name)
    rfn = _COMPLEX_TO_REAL.get(name)

    def impl(x):
        k = x.dtype.kind
        if k == "c":
            if rfn is not None:
                return Array(f32([rfn(v) for v in x._v]), x.shape, float32, x.weak_type)
            if cfn is None:
                raise TypeError(f"{name} does not accept dtype complex64")
            return Array(c64([_csafe(cfn)(v) for v in x._v]), x.shape, x.dtype, x.weak_type)
        if name in ("real", "imag", "conj"):
            raise TypeError(f"{name} does not accept dtype {x.dtype.name}")
        if k == "f":
            if ffn is None:
                raise _dtype_error(name, x.dtype)
            try:
                vals = [ffn(v) for v in x._v]
            except (ValueError, OverflowError, ZeroDivisionError):
                vals = [_guard(ffn, _nan_err)(v) for v in x._v]
            return Array(f32(vals), x.shape, x.dtype, x.weak_type)
        if k == "b":
            if name == "not":
                return Array([not v for v in x._v], x.shape, x.dtype, x.weak_type)
            raise _dtype_error(name, x.dtype)
        if ifn is None:
            raise _dtype_error(name, x.dtype)
        return Array(round_to([ifn(v) for v in x._v], x.dtype), x.shape, x.dtype, x.weak_type)
    return impl


def _elementwise_batch(prim):
    def rule(vals, dims, size, **params):
        if len(vals) == 1:
            return prim.bind(vals[0], **params), dims[0]
        vals = [v if d is not None else broadcast_leading(v, size)
                for v, d in zip(vals, dims, strict=False)]
        return prim.bind(*vals, **params), 0
    return rule


def _linear_jvp(prim):
    def rule(primals, tangents, **params):
        return prim.bind(*primals, **params), prim.bind(*tangents, **params)
    return rule


def _zero_tangent(out):
    """The tangent of an output that does not depend on the input: zeros like a float output
    (weakly typed as it is), float32 zeros for an integer or boolean one."""
    if out.dtype.kind == "f":
        return const(0, out.dtype, out.shape, out.weak_type)
    return const(0, float32, out.shape)


def unary(name, rule):
    """rule(g, x, out) -> tangent, linear in g and written with primitives as JAX's rule is;
    the same rule gives the cotangent. None means not differentiable, "zero" a zero rule."""
    p = Primitive(name)
    p.impl = _unary_impl(name)
    p.batch = _elementwise_batch(p)
    if rule == "zero":
        def jvp(primals, tangents):
            out = p.bind(primals[0])
            return out, _zero_tangent(out)
        p.jvp = jvp
        p.vjp = lambda ct, out, x: (None,)
    elif rule is not None:
        def jvp(primals, tangents):
            x, = primals
            out = p.bind(x)
            if not inexact(x.dtype):
                return out, const(0, float32, out.shape)
            return out, rule(tangents[0], x, out)
        p.jvp = jvp
        p.vjp = lambda ct, out, x: (rule(ct, x, out) if inexact(x.dtype) else None,)
    return p


def _c(x, v):
    """A constant shaped like x."""
    return const(v, x.dtype, x.shape, x.weak_type)


def _s(x, v):
    """A constant shaped like x as the rules JAX writes with a numpy constant see it: weak only
    when x is a weakly typed scalar, so a weak array's tangent or cotangent becomes strong."""
    return const(v, x.dtype, x.shape, x.weak_type and not x.shape)


def _mul(a, b):
    return mul_p.bind(a, b)


def _div(a, b):
    return div_p.bind(a, b)


def _add(a, b):
    return add_p.bind(a, b)


def _sub(a, b):
    return sub_p.bind(a, b)


def _sq(x):
    return integer_pow_p.bind(x, y=2)


neg_p = unary("neg", lambda g, x, out: neg_p.bind(g))
exp_p = unary("exp", lambda g, x, out: _mul(g, out))
log_p = unary("log", lambda g, x, out: _div(g, x))


def _libm_tail(p, scalar):
    # Found by experiment: XLA's CPU kernel for exp or log alone on a 1-D float32 array of
    # 3, 5, 6, 7, 11, 13, 14 or 15 elements computes the last size % 8 of them with glibc
    # instead of its vector polynomial; not for other sizes or ranks, nor inside a fusion.
    impl = p.impl

    def tail_impl(x):
        out = impl(x)
        n = len(out._v)
        if n < 16 and n % 8 in (3, 5, 6, 7) and len(x.shape) == 1 and not _fused[0] and \
                x.dtype is float32:
            k = n - n % 8
            out._v[k:] = [scalar(v) for v in x._v[k:]]
        return out
    p.impl = tail_impl


_libm_tail(exp_p, _glibc_expf)
_libm_tail(log_p, _glibc_logf)

log1p_p = unary("log1p", lambda g, x, out: _div(g, _add(x, _c(x, 1.0))))
expm1_p = unary("expm1", lambda g, x, out: _mul(g, _add(out, _c(out, 1.0))))
sqrt_p = unary("sqrt", lambda g, x, out: _mul(g, _div(_s(x, 0.5), out)))
rsqrt_p = unary("rsqrt", lambda g, x, out: _mul(g, _mul(_s(x, -0.5), _div(out, x))))
sin_p = unary("sin", lambda g, x, out: _mul(g, cos_p.bind(x)))
cos_p = unary("cos", lambda g, x, out: neg_p.bind(_mul(g, sin_p.bind(x))))
# the transpose of that rule negates the cotangent first (the sign of a zero part follows)
cos_p.vjp = lambda ct, out, x: (_mul(neg_p.bind(ct), sin_p.bind(x)),)
tan_p = unary("tan", lambda g, x, out: _mul(g, _add(_s(x, 1.0), _sq(out))))
tanh_p = unary("tanh", lambda g, x, out: _mul(_add(g, _mul(g, out)), _sub(_c(x, 1.0), out)))
asin_p = unary("asin", lambda g, x, out: _mul(g, rsqrt_p.bind(_sub(_s(x, 1.0), _sq(x)))))
acos_p = unary("acos", lambda g, x, out: _mul(g, neg_p.bind(
    rsqrt_p.bind(_sub(_s(x, 1.0), _sq(x))))))
atan_p = unary("atan", lambda g, x, out: _div(g, _add(_s(x, 1.0), _sq(x))))
sinh_p = unary("sinh", lambda g, x, out: _mul(g, cosh_p.bind(x)))
cosh_p = unary("cosh", lambda g, x, out: _mul(g, sinh_p.bind(x)))
asinh_p = unary("asinh", lambda g, x, out: _mul(g, rsqrt_p.bind(_add(_sq(x), _c(x, 1.0)))))
acosh_p = unary("acosh", lambda g, x, out: _mul(g, rsqrt_p.bind(
    _mul(_sub(x, _c(x, 1.0)), _add(x, _c(x, 1.0))))))
atanh_p = unary("atanh", lambda g, x, out: _div(g, _sub(_c(x, 1.0), _sq(x))))
logistic_p = unary("logistic", lambda g, x, out: _mul(g, _mul(out, _sub(_c(out, 1.0), out))))
# derivative 1 at 0: select(x >= 0, g, -g), as JAX's rule
abs_p = unary("abs", lambda g, x, out: select_p.bind(
    ge_p.bind(x, _c(x, 0.0)), neg_p.bind(g), g))


def _abs_weight(x, out):
    # conj(z) / |z|, with |z| = 0 replaced by 1 (a zero derivative there), as JAX's rule
    den = _replace_zero(out)
    return div_p.bind(conj_p.bind(x), convert_p.bind(den, dtype=x.dtype, weak_type=x.weak_type))


def _abs_complex_jvp(primals, tangents):
    # |z| is not holomorphic: d|z| = Re(conj(z) dz) / |z|
    x, = primals
    out = abs_p.bind(x)
    w = _abs_weight(x, out)
    return out, real_p.bind(mul_p.bind(w, tangents[0]))


def _abs_complex_vjp(ct, out, x):
    # the transpose of dz -> Re(w dz) is ct -> ct * w, with w = conj(z) / |z|
    w = _abs_weight(x, out)
    # (JAX's rule takes a real part, whose transpose comes back strongly typed)
    return (mul_p.bind(convert_p.bind(ct, dtype=x.dtype, weak_type=False), w),)


def _complex_aware(p, jvp, vjp):
    real_jvp, real_vjp = p.jvp, p.vjp
    p.jvp = lambda P, T: (jvp if P[0].dtype.kind == "c" else real_jvp)(P, T)
    p.vjp = lambda ct, out, x: (vjp if x.dtype.kind == "c" else real_vjp)(ct, out, x)


_complex_aware(abs_p, _abs_complex_jvp, _abs_complex_vjp)
real_p = unary("real", None)
imag_p = unary("imag", None)
conj_p = unary("conj", lambda g, x, out: conj_p.bind(g))


real_p.jvp = lambda P, T: (real_p.bind(P[0]), real_p.bind(T[0]))
imag_p.jvp = lambda P, T: (imag_p.bind(P[0]), imag_p.bind(T[0]))
# the transposes, in the convention that makes grad of a real function of z = x + iy
# equal df/dx - i df/dy: Re gives ct back, Im gives -i ct (JAX builds both with a strongly
# typed numpy zero, so the cotangent comes back strong)
real_p.vjp = lambda ct, out, x: (convert_p.bind(ct, dtype=complex64, weak_type=False),)
imag_p.vjp = lambda ct, out, x: (mul_p.bind(convert_p.bind(ct, dtype=complex64, weak_type=False),
                                            const(-1j, complex64, ct.shape, False)),)
# complex(x, y) = x + iy from two float32 arrays; its transpose, in the convention of real
# and imag above, gives (Re ct, -Im ct)
complex_p = Primitive("complex")
complex_p.impl = lambda x, y: Array(
    c64([complex(a, b) for a, b in zip(x._v, y._v, strict=True)]), x.shape, complex64,
    x.weak_type and y.weak_type)
complex_p.batch = None  # set below, once _elementwise_batch exists


def _complex_jvp(P, T):
    out = complex_p.bind(*P)
    tx, ty = (t if t is not None else zeros_like_aval(p) for t, p in zip(T, P, strict=True))
    return out, complex_p.bind(tx, ty)


complex_p.jvp = _complex_jvp
complex_p.vjp = lambda ct, out, x, y: (real_p.bind(ct), neg_p.bind(imag_p.bind(ct)))
sign_p = unary("sign", "zero")
floor_p = unary("floor", "zero")
ceil_p = unary("ceil", "zero")
round_p = unary("round", "zero")  # to nearest even (jnp.round)
round_away_p = unary("round", "zero")  # half away from zero (lax.round's default)
round_away_p.impl = lambda x: Array(f32([_round_half_away(v) for v in x._v]), x.shape, x.dtype,
                                    x.weak_type) if x.dtype.kind == "f" else round_p.impl(x)
not_p = unary("not", "zero")  # no derivative; its dtype check comes first, as in JAX
erf_p = unary("erf", lambda g, x, out: _mul(_s(x, 2.0 / math.sqrt(math.pi)), _mul(
    g, exp_p.bind(neg_p.bind(_sq(x))))))
erfc_p = unary("erfc", lambda g, x, out: _mul(_s(x, -2.0 / math.sqrt(math.pi)), _mul(
    g, exp_p.bind(neg_p.bind(_sq(x))))))
erf_inv_p = unary("erf_inv", lambda g, x, out: _mul(g, _mul(
    _s(x, math.sqrt(math.pi) / 2.0), exp_p.bind(_sq(out)))))


def _polygamma(n, x):
    """The n-th derivative of digamma (n >= 1): recurrence up to x >= 10, then the
    asymptotic series; NaN at the poles (0, -1, -2, ...)."""
    if x != x or (x <= 0 and x == math.floor(x)):
        return _NAN
    if x == _INF:
        return 0.0
    sign = -1.0 if n % 2 == 0 else 1.0  # (-1)**(n + 1)
    fact = math.factorial(n)
    acc = 0.0
    while x < 10:
        acc += sign * fact / x ** (n + 1)
        x += 1
    series = math.factorial(n - 1) / x ** n + fact / (2 * x ** (n + 1))
    for k, b2k in enumerate((1 / 6, -1 / 30, 1 / 42, -1 / 30, 5 / 66), 1):
        series += b2k * math.factorial(2 * k + n - 1) / (math.factorial(2 * k) * x ** (2 * k + n))
    return acc + sign * series


polygamma_p = Primitive("polygamma")  # the n-th derivative of digamma, n >= 1 static
polygamma_p.impl = lambda x, n: Array(f32([_polygamma(n, v) for v in x._v]), x.shape, x.dtype,
                                      x.weak_type)
polygamma_p.jvp = lambda P, T, n: (polygamma_p.bind(P[0], n=n),
                                   _mul(T[0], polygamma_p.bind(P[0], n=n + 1)))
polygamma_p.vjp = lambda ct, out, x, n: (_mul(ct, polygamma_p.bind(x, n=n + 1)),)
polygamma_p.batch = lambda vals, dims, size, n: (polygamma_p.bind(vals[0], n=n), dims[0])
digamma_p = unary("digamma", lambda g, x, out: _mul(g, polygamma_p.bind(x, n=1)))
lgamma_p = unary("lgamma", lambda g, x, out: _mul(g, digamma_p.bind(x)))


def _tanh_vjp(ct, out, x):
    # JAX's reverse mode transposes (g + g*ans) * (1 - ans): the rounding follows that order
    a = _mul(ct, _sub(_c(x, 1.0), out))
    return (_add(a, _mul(a, out)),)


def _erf_vjp(scale):
    def vjp(ct, out, x):
        return (_mul(_mul(_s(x, scale), ct), exp_p.bind(neg_p.bind(_sq(x)))),)
    return vjp


tanh_p.vjp = _tanh_vjp
erf_p.vjp = _erf_vjp(2.0 / math.sqrt(math.pi))
erfc_p.vjp = _erf_vjp(-2.0 / math.sqrt(math.pi))


# --- binary ------------------------------------------------------------------


def _pow_f(a, b):
    try:
        return math.pow(a, b)
    except OverflowError:
        if a < 0 and b == math.floor(b) and int(b) % 2 == 1:
            return -_INF
        return _INF
    except ValueError:
        if a == 0 and b < 0:
            if b == math.floor(b) and int(b) % 2 == 1:
                return math.copysign(_INF, a)
            return _INF
        return _NAN


def _ipow(a, b):
    if b < 0:
        return 1 if a == 1 else (-1 if a == -1 and b % 2 else (1 if a == -1 else 0))
    return pow(a, b, 1 << 32)


def _ipow_binary(a, b):
    # jnp.power of two integer arrays: JAX's 6 steps of binary exponentiation in 32-bit
    # arithmetic, the exponent shifted as unsigned (a negative one uses its low bits)
    def wrap(v):
        return ((v + 2147483648) & 0xFFFFFFFF) - 2147483648
    acc = 0 if a == 0 and b != 0 else 1
    b &= 0xFFFFFFFF
    for _ in range(6):
        if b & 1:
            acc = wrap(acc * a)
        a = wrap(a * a)
        b >>= 1
    return acc


def _idiv(a, b):
    if b == 0:
        # XLA's integer division by zero gives -1; jnp's floor correction then applies
        return -1 if a == 0 else -2
    return a // b


def _irem(a, b):
    # XLA's rem is C's %: the result takes the dividend's sign; x rem 0 is x
    if b == 0:
        return a
    r = abs(a) % abs(b)
    return r if a >= 0 else -r


def _frem(a, b):
    # C's fmod: the result takes the dividend's sign
    if b == 0 or a != a or b != b or a in (_INF, -_INF):
        return _NAN
    if b in (_INF, -_INF):
        return a
    return math.fmod(a, b)


def _f32_scalar(v):
    return array("f", [v])[0]


def _sign_or_nan(v):
    return v if v != v else (v > 0) - (v < 0)


def _ffloordiv(a, b):
    # JAX's float floor_divide (CPython's float_divmod in float32 steps): the quotient of
    # a minus the truncated remainder, one less where the remainder's sign is not b's, then
    # rounded half away from zero
    mod = _frem(a, b)
    div = _f32_scalar(_ieee_div(a if b == 0 else _f32_scalar(a - mod), b))
    if mod != 0 and _sign_or_nan(b) != _sign_or_nan(mod):
        div = _f32_scalar(div - 1.0)
    return _round_half_away(div)


def _fmax(a, b):
    if a != a or b != b:
        return _NAN
    return a if a >= b else b


def _fmin(a, b):
    if a != a or b != b:
        return _NAN
    return a if a <= b else b


def _atan2(a, b):
    return math.atan2(a, b)


def _nextafter(a, b):
    return math.nextafter(a, b)


_BIN_FLOAT = {
    "add": operator.add, "sub": operator.sub, "mul": operator.mul, "div": _ieee_div,
    "pow": _pow_f, "max": _fmax, "min": _fmin, "rem": _frem, "floordiv": _ffloordiv,
    "atan2": _atan2,
}
_BIN_INT = {
    "add": operator.add, "sub": operator.sub, "mul": operator.mul, "div": _idiv,
    "pow": _ipow_binary, "max": max, "min": min, "rem": _irem, "floordiv": _idiv,
    "and": operator.and_, "or": operator.or_, "xor": operator.xor,
}
_BIN_BOOL = {
    "and": operator.and_, "or": operator.or_, "xor": operator.xor, "max": operator.or_,
    "min": operator.and_, "add": operator.or_, "mul": operator.and_,
}
def _cdiv(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return complex(_NAN, _NAN) if a == 0 else complex(
            math.copysign(_INF, a.real) if a.real else 0.0,
            math.copysign(_INF, a.imag) if a.imag else 0.0)


def _cpow(a, b):
    if a == 0:
        return 1 + 0j if b == 0 else 0j
    return a ** b


_BIN_COMPLEX = {"add": operator.add, "sub": operator.sub, "mul": operator.mul, "div": _cdiv,
                "pow": _cpow}
_CMP = {
    "eq": operator.eq, "ne": operator.ne, "lt": operator.lt, "le": operator.le,
    "gt": operator.gt, "ge": operator.ge,
}


def _binary_impl(name):
    ffn = _BIN_FLOAT.get(name)
    ifn = _BIN_INT.get(name)
    bfn = _BIN_BOOL.get(name)
    cfn = _CMP.get(name)
    zfn = _BIN_COMPLEX.get(name)

    def impl(x, y):
        xv, yv = x._v, y._v
        w = x.weak_type and y.weak_type
        if cfn is not None and x.dtype.kind == "c" and name not in ("eq", "ne"):
            raise TypeError(f"{name} does not accept dtype complex64")
        if cfn is not None:
            # a comparison of weakly typed operands is weakly typed too, as in JAX
            return Array(list(map(cfn, xv, yv)), x.shape, bool_, w)
        k = x.dtype.kind
        if k == "c":
            if zfn is None:
                raise TypeError(f"{name} does not accept dtype complex64")
            return Array(c64([_guard2(zfn, a, b) for a, b in zip(xv, yv, strict=True)]),
                         x.shape, x.dtype, w)
        if k == "f":
            if ffn is None:
                raise _dtype_error(name, x.dtype, 0)
            try:
                vals = list(map(ffn, xv, yv))
            except (ZeroDivisionError, OverflowError, ValueError):
                vals = [_guard2(ffn, a, b) for a, b in zip(xv, yv, strict=False)]
            return Array(f32(vals), x.shape, x.dtype, w)
        if k == "b":
            if bfn is None:
                raise _dtype_error(name, x.dtype, 0)
            return Array([bool(v) for v in map(bfn, xv, yv)], x.shape, bool_, w)
        if ifn is None:
            raise _dtype_error(name, x.dtype, 0)
        return Array(round_to(list(map(ifn, xv, yv)), x.dtype), x.shape, x.dtype, w)
    return impl


def _guard2(fn, a, b):
    try:
        return fn(a, b)
    except (ZeroDivisionError, OverflowError, ValueError):
        r = a * b
        return _INF if r == r and abs(r) > 1 else _NAN


def binary(name, rule_x, rule_y=None):
    """rule_x(g, x, y, out) and rule_y(...) give the tangent contributions of each operand
    (linear in g, as JAX's rules); "zero" marks a non-differentiable comparison or bit op."""
    p = Primitive(name)
    p.impl = _binary_impl(name)
    p.batch = _elementwise_batch(p)
    if rule_x == "zero":
        def jvp(primals, tangents):
            out = p.bind(*primals)
            return out, _zero_tangent(out)
        p.jvp = jvp
        p.vjp = lambda ct, out, x, y: (None, None)
    elif rule_x is not None:
        def jvp(primals, tangents):
            x, y = primals
            out = p.bind(x, y)
            tx, ty = tangents
            if ty is None:
                return out, rule_x(tx, x, y, out)
            if tx is None:
                return out, rule_y(ty, x, y, out)
            return out, _add(rule_x(tx, x, y, out), rule_y(ty, x, y, out))

        def vjp(ct, out, x, y):
            return rule_x(ct, x, y, out), rule_y(ct, x, y, out)
        p.jvp = jvp
        p.vjp = vjp
    return p


add_p = binary("add", None)
add_p.jvp = lambda P, T: (add_p.bind(*P), T[0] if T[1] is None else (
    T[1] if T[0] is None else add_p.bind(*T)))
add_p.vjp = lambda ct, out, x, y: (ct, ct)
sub_p = binary("sub", None)
sub_p.jvp = lambda P, T: (sub_p.bind(*P), T[0] if T[1] is None else (
    neg_p.bind(T[1]) if T[0] is None else sub_p.bind(*T)))
sub_p.vjp = lambda ct, out, x, y: (ct, neg_p.bind(ct))
mul_p = binary("mul", None)
def _mul_jvp(P, T):
    x, y = P
    tx, ty = T
    out = mul_p.bind(x, y)
    if ty is None:
        return out, mul_p.bind(tx, y)
    if tx is None:
        return out, mul_p.bind(x, ty)
    return out, add_p.bind(mul_p.bind(tx, y), mul_p.bind(x, ty))


mul_p.jvp = _mul_jvp
mul_p.vjp = lambda ct, out, x, y: (mul_p.bind(ct, y), mul_p.bind(x, ct))
div_p = binary("div", lambda g, x, y, out: _div(g, y),
               lambda g, x, y, out: _mul(_mul(neg_p.bind(g), x), integer_pow_p.bind(y, y=-2)))


def _div_vjp(ct, out, x, y):
    # transposes of div(g, y) and mul(mul(neg(g), x), y**-2), in JAX's order
    return (_div(ct, y), neg_p.bind(_mul(_mul(ct, integer_pow_p.bind(y, y=-2)), x)))


div_p.vjp = _div_vjp


def _replace_zero(x):
    return select_p.bind(eq_p.bind(x, _c(x, 0.0)), x, _c(x, 1.0))


# jnp.power is jitted in JAX, so the log in its derivative is part of a fusion
_fused_log = fused(log_p.bind)
pow_p = binary("pow", lambda g, x, y, out: _mul(g, _mul(y, pow_p.bind(x, _sub(y, _c(y, 1.0))))),
               lambda g, x, y, out: _mul(g, _mul(_fused_log(_replace_zero(x)), out)))


def _balanced_eq(x, z, y):
    one = _c(x, 1.0)
    return select_p.bind(eq_p.bind(x, z), _c(x, 0.0),
                         select_p.bind(eq_p.bind(y, z), one, _c(x, 0.5)))


max_p = binary("max", lambda g, x, y, out: _mul(g, _balanced_eq(x, out, y)),
               lambda g, x, y, out: _mul(g, _balanced_eq(y, out, x)))
min_p = binary("min", lambda g, x, y, out: _mul(g, _balanced_eq(x, out, y)),
               lambda g, x, y, out: _mul(g, _balanced_eq(y, out, x)))


def _rem_y(g, x, y, out):
    q = _div(x, y)
    return _mul(neg_p.bind(g), _mul(sign_p.bind(q), floor_p.bind(abs_p.bind(q))))


rem_p = binary("rem", lambda g, x, y, out: g, _rem_y)
floordiv_p = binary("floordiv", "zero")


def _atan2_den(x, y):
    return _add(_sq(x), _sq(y))


atan2_p = binary("atan2", lambda g, x, y, out: _mul(g, _div(y, _atan2_den(x, y))),
                 lambda g, x, y, out: _div(_mul(g, neg_p.bind(x)), _atan2_den(x, y)))
atan2_p.vjp = lambda ct, out, x, y: (
    _mul(ct, _div(y, _atan2_den(x, y))),
    _mul(_div(ct, _atan2_den(x, y)), neg_p.bind(x)))
and_p = binary("and", "zero")
or_p = binary("or", "zero")
xor_p = binary("xor", "zero")
eq_p = binary("eq", "zero")
ne_p = binary("ne", "zero")
lt_p = binary("lt", "zero")
le_p = binary("le", "zero")
gt_p = binary("gt", "zero")
ge_p = binary("ge", "zero")


def _int_tangent_fix(p):
    """Integer-valued outputs get float zero tangents rather than multiplied ones."""
    inner_jvp = p.jvp
    inner_vjp = p.vjp

    def jvp(primals, tangents):
        if not inexact(primals[0].dtype):
            return p.bind(*primals), None
        return inner_jvp(primals, tangents)

    def vjp(ct, out, *primals):
        if not inexact(primals[0].dtype):
            return (None,) * len(primals)
        return inner_vjp(ct, out, *primals)
    p.jvp = jvp
    p.vjp = vjp


for _p in (neg_p, abs_p, sign_p, add_p, sub_p, mul_p, div_p, pow_p, max_p, min_p, rem_p):
    _int_tangent_fix(_p)


# --- integer powers (repeated multiplication, as XLA expands them) -------------

integer_pow_p = Primitive("integer_pow")


def _ipow_values(vals, y, kind):
    if kind == "c":
        return c64([v ** y if v or y >= 0 else complex(_NAN, _NAN) for v in vals])
    if kind != "f":
        return [_ipow(v, y) for v in vals]
    n = abs(y)
    out = []
    for v in vals:
        acc = None
        base = v
        k = n
        while k:
            if k & 1:
                acc = base if acc is None else f32([acc * base])[0]
            k >>= 1
            if k:
                base = f32([base * base])[0]
        if acc is None:
            acc = 1.0
        if y < 0:
            acc = _ieee_div(1.0, acc)
        out.append(acc)
    return out


def _integer_pow_impl(x, y):
    k = x.dtype.kind
    if k == "f" and y == 2:
        vals = [v * v for v in x._v]
    else:
        vals = _ipow_values(x._v, y, k)
    return Array(round_to(vals, x.dtype), x.shape, x.dtype, x.weak_type)


def _integer_pow_deriv(x, y):
    if y == 0:
        return None
    if y == 1:
        return _s(x, 1.0)
    base = x if y - 1 == 1 else integer_pow_p.bind(x, y=y - 1)
    return mul_p.bind(_s(x, float(y)), base)


def _integer_pow_jvp(P, T, y):
    x, = P
    out = integer_pow_p.bind(x, y=y)
    if not inexact(x.dtype) or y == 0:
        return out, const(0, float32, out.shape, x.weak_type)
    return out, mul_p.bind(T[0], _integer_pow_deriv(x, y))


def _integer_pow_vjp(ct, out, x, y):
    if not inexact(x.dtype) or y == 0:
        return (None,)
    return (mul_p.bind(ct, _integer_pow_deriv(x, y)),)


integer_pow_p.impl = _integer_pow_impl
integer_pow_p.jvp = _integer_pow_jvp
integer_pow_p.vjp = _integer_pow_vjp
integer_pow_p.batch = lambda vals, dims, size, y: (integer_pow_p.bind(vals[0], y=y), dims[0])


# --- select (where) ----------------------------------------------------------

select_p = Primitive("select")


def _select_impl(pred, on_false, on_true):
    vals = [t if c else f for c, f, t in zip(pred._v, on_false._v, on_true._v, strict=False)]
    return Array(vals, on_true.shape, on_true.dtype, on_true.weak_type and on_false.weak_type)


select_p.impl = _select_impl
select_p.batch = _elementwise_batch(select_p)
complex_p.batch = _elementwise_batch(complex_p)


def _select_jvp(P, T):
    pred, f, t = P
    out = select_p.bind(pred, f, t)
    if not inexact(out.dtype):
        return out, const(0, float32, out.shape)
    return out, select_p.bind(pred, T[1], T[2])


def _select_vjp(ct, out, pred, f, t):
    z = zeros_like_aval(ct)
    return None, select_p.bind(pred, ct, z), select_p.bind(pred, z, ct)


select_p.jvp = _select_jvp
select_p.vjp = _select_vjp

# --- dtype conversion ---------------------------------------------------------

convert_p = Primitive("convert_element_type")


def _convert_impl(x, dtype, weak_type):
    return Array(cast_values(x._v, x.dtype, dtype), x.shape, dtype, weak_type)


def _convert_jvp(P, T, dtype, weak_type):
    x, = P
    out = convert_p.bind(x, dtype=dtype, weak_type=weak_type)
    if inexact(dtype) and inexact(x.dtype):
        return out, convert_p.bind(T[0], dtype=dtype, weak_type=weak_type)
    return out, const(0, float32, out.shape)


def _convert_vjp(ct, out, x, dtype, weak_type):
    if inexact(dtype) and inexact(x.dtype):
        return (convert_p.bind(ct, dtype=x.dtype, weak_type=x.weak_type),)
    return (None,)


convert_p.impl = _convert_impl
convert_p.jvp = _convert_jvp
convert_p.vjp = _convert_vjp
convert_p.batch = _elementwise_batch(convert_p)


def convert(x, dtype, weak_type=False):
    return convert_p.bind(x, dtype=dtype, weak_type=weak_type)


# --- stop_gradient ---------------------------------------------------------

stop_gradient_p = Primitive("stop_gradient")
stop_gradient_p.impl = lambda x: x
stop_gradient_p.jvp = lambda P, T: (stop_gradient_p.bind(P[0]), None)  # no tracer, as JAX
stop_gradient_p.vjp = lambda ct, out, x: (None,)
stop_gradient_p.batch = _elementwise_batch(stop_gradient_p)


# --- structural primitives ---------------------------------------------------


def strides(shape):
    st = []
    acc = 1
    for s in reversed(shape):
        st.append(acc)
        acc *= s
    return tuple(reversed(st))


reshape_p = Primitive("reshape")
reshape_p.impl = lambda x, shape: Array(x._v, tuple(shape), x.dtype, x.weak_type)
reshape_p.jvp = _linear_jvp(reshape_p)
reshape_p.vjp = lambda ct, out, x, shape: (reshape_p.bind(ct, shape=x.shape),)
reshape_p.batch = lambda vals, dims, size, shape: (
    reshape_p.bind(vals[0], shape=(vals[0].shape[0],) + tuple(shape)), 0)


def _gather_impl(x, idx, shape):
    v = x._v
    if isinstance(idx, range):
        vals = v[idx.start:idx.stop:idx.step] if idx.step > 0 else [v[i] for i in idx]
    else:
        vals = [v[i] for i in idx]
    return Array(vals, tuple(shape), x.dtype, x.weak_type)


def _scatter_add_impl(x, idx, shape):
    n = prod(shape)
    out = [0] * n if x.dtype.kind != "f" else [0.0] * n
    if x.dtype.kind == "b":
        out = [False] * n
        for i, v in zip(idx, x._v, strict=False):
            out[i] = out[i] or v
        return Array(out, tuple(shape), x.dtype, x.weak_type)
    for i, v in zip(idx, x._v, strict=False):
        out[i] += v
    return Array(round_to(out, x.dtype), tuple(shape), x.dtype, x.weak_type)


gather_flat_p = Primitive("gather")
scatter_add_flat_p = Primitive("scatter-add")
gather_flat_p.impl = _gather_impl
scatter_add_flat_p.impl = _scatter_add_impl
gather_flat_p.jvp = _linear_jvp(gather_flat_p)
scatter_add_flat_p.jvp = _linear_jvp(scatter_add_flat_p)
gather_flat_p.vjp = lambda ct, out, x, idx, shape: (
    scatter_add_flat_p.bind(ct, idx=idx, shape=x.shape),)
scatter_add_flat_p.vjp = lambda ct, out, x, idx, shape: (
    gather_flat_p.bind(ct, idx=idx, shape=x.shape),)


def _batched_idx(idx, n, size):
    if isinstance(idx, range) and idx.step == 1:
        return [b * n + i for b in range(size) for i in idx]
    return [b * n + i for b in range(size) for i in idx]


def _gather_batch(vals, dims, size, idx, shape):
    x = vals[0]
    n = prod(x.shape[1:])
    return gather_flat_p.bind(x, idx=_batched_idx(idx, n, size), shape=(size,) + tuple(shape)), 0


def _scatter_add_batch(vals, dims, size, idx, shape):
    x = vals[0]
    m = prod(shape)
    n = prod(x.shape[1:])
    new = [b * m + i for b in range(size) for i in idx]
    assert len(new) == size * n
    return scatter_add_flat_p.bind(x, idx=new, shape=(size,) + tuple(shape)), 0


gather_flat_p.batch = _gather_batch
scatter_add_flat_p.batch = _scatter_add_batch


@lru_cache(maxsize=512)
def broadcast_index(in_shape, out_shape):
    """Flat source index for each output element of a numpy-style broadcast."""
    nd = len(out_shape)
    in_shape = (1,) * (nd - len(in_shape)) + tuple(in_shape)
    st = strides(in_shape)
    offs = [0]
    for d in range(nd):
        if in_shape[d] == 1:
            offs = [o for o in offs for _ in range(out_shape[d])]
        else:
            s = st[d]
            offs = [o + i * s for o in offs for i in range(out_shape[d])]
    return tuple(offs)


broadcast_p = Primitive("broadcast_in_dim")


def _broadcast_impl(x, shape):
    shape = tuple(shape)
    if x.shape == shape:
        return x
    n = prod(shape)
    if len(x._v) == 1:
        return Array(x._v * n, shape, x.dtype, x.weak_type)
    v = x._v
    return Array([v[i] for i in broadcast_index(x.shape, shape)], shape, x.dtype, x.weak_type)


def _broadcast_vjp(ct, out, x, shape):
    shape = tuple(shape)
    nd = len(shape)
    lead = nd - len(x.shape)
    axes = tuple(range(lead)) + tuple(
        i + lead for i, s in enumerate(x.shape) if s == 1 and shape[i + lead] != 1)
    r = reduce_sum_p.bind(ct, axes=axes) if axes else ct
    return (reshape_p.bind(r, shape=x.shape),)


def _broadcast_batch(vals, dims, size, shape):
    x = vals[0]
    lead = len(shape) - (len(x.shape) - 1)
    x = reshape_p.bind(x, shape=(x.shape[0],) + (1,) * lead + tuple(x.shape[1:]))
    return broadcast_p.bind(x, shape=(size,) + tuple(shape)), 0


broadcast_p.impl = _broadcast_impl
broadcast_p.jvp = _linear_jvp(broadcast_p)
broadcast_p.vjp = _broadcast_vjp
broadcast_p.batch = _broadcast_batch


@lru_cache(maxsize=512)
def transpose_index(shape, perm):
    st = strides(shape)
    offs = [0]
    for a in perm:
        s = st[a]
        offs = [o + i * s for o in offs for i in range(shape[a])]
    return tuple(offs)


transpose_p = Primitive("transpose")


def _transpose_impl(x, perm):
    perm = tuple(perm)
    new_shape = tuple(x.shape[a] for a in perm)
    if perm == tuple(range(len(perm))):
        return x
    v = x._v
    return Array([v[i] for i in transpose_index(x.shape, perm)], new_shape, x.dtype, x.weak_type)


def _inverse_perm(perm):
    inv = [0] * len(perm)
    for i, a in enumerate(perm):
        inv[a] = i
    return tuple(inv)


transpose_p.impl = _transpose_impl
transpose_p.jvp = _linear_jvp(transpose_p)
transpose_p.vjp = lambda ct, out, x, perm: (transpose_p.bind(ct, perm=_inverse_perm(perm)),)
transpose_p.batch = lambda vals, dims, size, perm: (
    transpose_p.bind(vals[0], perm=(0,) + tuple(a + 1 for a in perm)), 0)


# --- reductions ---------------------------------------------------------------


@lru_cache(maxsize=512)
def _reduce_plan(shape, axes):
    keep = [d for d in range(len(shape)) if d not in axes]
    perm = tuple(keep) + tuple(axes)
    out_shape = tuple(shape[d] for d in keep)
    group = prod(tuple(shape[d] for d in axes))
    idx = None if perm == tuple(range(len(shape))) else transpose_index(shape, perm)
    return idx, out_shape, group


def _groups(x, axes):
    idx, out_shape, group = _reduce_plan(x.shape, tuple(sorted(axes)))
    v = x._v if idx is None else [x._v[i] for i in idx]
    if group == 0:
        return [[] for _ in range(prod(out_shape))], out_shape
    return [v[i:i + group] for i in range(0, len(v), group)], out_shape


def _sum_impl(x, axes):
    k = x.dtype.kind
    if k == "f":
        vals, out_shape = _sum_f32(x._v, x.shape, tuple(sorted(axes)))
        return Array(vals, out_shape, x.dtype, x.weak_type)
    if len(axes) == len(x.shape):
        out_shape = ()
        gs = [x._v]
    else:
        gs, out_shape = _groups(x, axes)
    if k == "b":
        vals = [sum(g) for g in gs]
        dt = int32
        return Array(vals, out_shape, dt, False)
    else:
        vals = round_to([sum(g) for g in gs], x.dtype)
        dt = x.dtype
    return Array(vals, out_shape, dt, x.weak_type)


def _seq_sum(g):
    # XLA on CPU adds a short float32 row one element after another; storing into a
    # one-slot float array rounds every partial sum to float32
    acc = array("f", [0.0])
    for v in g:
        acc[0] += v
    return acc[0]


# float32 sums in XLA's CPU order, found by experiment (and XLA's HLO and LLVM IR dumps):
# - XLA's TreeReductionRewriter first cuts every reduced dimension longer than 32 into
#   windows of 32 ("same" padding: half the padding in front, the odd one at the end),
#   sums each window, then reduces the window sums the same way.
# - A reduction loop adds in row-major order one element after another, except that LLVM
#   vectorises the loop over the second-last dimension when the reduced dimensions are the
#   trailing ones and the last has 2 to 8 elements: lane i % L adds row i, the first lane
#   starting from the running total, the lanes are added by halves, and the rows after
#   the last multiple of L follow one by one. Windows get this only without front padding.
# - Reductions over some but not all leading axes of 3-D and larger arrays follow yet other
#   vectorised orders, and arrays of 4096 elements or more go to a YNNPACK kernel: neither
#   is copied (the rules above are used).


def _lanes(rows, cols):
    """The vector width LLVM's cost model picks for that loop (measured for up to 32 rows);
    0 leaves it scalar."""
    if not 2 <= cols <= 8:
        return 0
    if rows < 16:
        return rows if rows in (2, 4) else (0 if rows != 8 else (8 if cols <= 6 else 4))
    if cols > 6 or (rows % 8 >= 4 and not (rows >= 28 and cols == 2)):
        return 4
    return 8


def _lane_sum(g, cols, outer, lanes, vec_rows):
    """Sum of g, shaped (outer, rows, cols), with the loop over rows vectorised."""
    block = len(g) // outer
    acc = array("f", [0.0])
    vec = array("f", [0.0] * lanes)
    for b in range(0, len(g), block):
        vec[0] = acc[0]
        for k in range(1, lanes):
            vec[k] = 0.0
        for i in range(vec_rows):
            k = i % lanes
            for v in g[b + i * cols:b + i * cols + cols]:
                vec[k] += v
        vals = vec.tolist()
        while len(vals) > 1:
            h = len(vals) // 2
            vals = f32([vals[i] + vals[i + h] for i in range(h)])
        acc[0] = vals[0]
        for v in g[b + vec_rows * cols:b + block]:
            acc[0] += v
    return acc[0]


@lru_cache(maxsize=64)
def _window_plan(shape, axes):
    """Indices of each window's elements, the window sums' shape, and the vector loop."""
    ranges, pad = [], (0, 0)
    for d, n in enumerate(shape):
        if d not in axes:
            ranges.append([range(i, i + 1) for i in range(n)])
        elif n <= 32:
            ranges.append([range(n)])
        else:
            count = -(-n // 32)
            low = (count * 32 - n) // 2
            if d == len(shape) - 2:
                pad = (low, count * 32 - n - low)
            ranges.append([range(max(0, o * 32 - low), min(n, o * 32 - low + 32))
                           for o in range(count)])
    st = strides(shape)
    windows = []
    for rs in product(*ranges):
        w = [sum(i * s for i, s in zip(ix, st, strict=True)) for ix in product(*rs)]
        step = w[1] - w[0] if len(w) > 1 else 1
        # evenly spaced indices (all windows of 1-D arrays or of one axis) as a slice
        windows.append(slice(w[0], w[-1] + 1, step) if w == list(range(
            w[0], w[-1] + 1, step)) else w)
    nd, vec = len(shape), None
    if (len(axes) > 1 and axes == tuple(range(nd - len(axes), nd)) and pad[0] == 0
            and all(shape[d] <= 32 for d in axes if d != nd - 2)):
        # an odd padding row at the end makes the loop over 31 rows, for every window
        rows = 32 - pad[1] if shape[-2] > 32 else shape[-2]
        lanes = _lanes(rows, shape[-1])
        if lanes:
            vec = (shape[-1], prod(shape[d] for d in axes[:-2]), lanes, rows // lanes * lanes)
    return windows, tuple(len(r) for r in ranges), vec


def _sum_f32(v, shape, axes):
    """XLA's float32 sum of the row-major values v over the sorted axes: values, shape."""
    if 1 in shape:
        # XLA drops unit dimensions first; with none left to reduce, v stays as it is
        keep = [d for d, n in enumerate(shape) if n != 1]
        inner = tuple(i for i, d in enumerate(keep) if d in axes)
        out_shape = tuple(n for d, n in enumerate(shape) if d not in axes)
        if not inner:
            return list(v), out_shape
        return _sum_f32(v, tuple(shape[d] for d in keep), inner)[0], out_shape
    if any(shape[d] > 32 for d in axes):
        windows, shape, vec = _window_plan(shape, axes)
        parts = [v[w] if isinstance(w, slice) else [v[i] for i in w] for w in windows]
        v = [_lane_sum(p, *vec) for p in parts] if vec else [_seq_sum(p) for p in parts]
        return _sum_f32(v, shape, axes)
    idx, out_shape, group = _reduce_plan(shape, axes)
    if group == 0:
        return [0.0] * prod(out_shape), out_shape
    if idx is not None:
        v = [v[i] for i in idx]
    nd = len(shape)
    lanes = _lanes(shape[-2], shape[-1]) if (
        len(axes) > 1 and axes == tuple(range(nd - len(axes), nd))) else 0
    if lanes:
        outer = group // (shape[-2] * shape[-1])
        m = shape[-2] // lanes * lanes
        return [_lane_sum(v[i:i + group], shape[-1], outer, lanes, m)
                for i in range(0, len(v), group)], out_shape
    return [_seq_sum(v[i:i + group]) for i in range(0, len(v), group)], out_shape


def _seq_dot(r, c):
    # a multiply-add chain: the product is exact in double, one rounding per step
    acc = array("f", [0.0])
    for a, b in zip(r, c, strict=False):
        acc[0] += a * b
    return acc[0]


def _seq_dots_by_step(av, bv, m, k, n):
    # every _seq_dot of an (m, k) @ (k, n) product at once, one multiply-add step at a time:
    # the same roundings in the same order, in C-level loops when the outputs outnumber k
    acc = array("f", bytes(4 * m * n))
    add, mul = operator.add, operator.mul
    for t in range(k):
        column = av[t::k]
        row = bv[t * n:(t + 1) * n]
        terms = map(mul, [x for x in column for _ in range(n)], row * m)
        acc = array("f", map(add, acc, terms))
    return acc.tolist()


def _lane8_dot(r, c):
    # the matrix-vector kernel keeps eight partial sums and adds them pairwise
    acc = array("f", [0.0] * 8)
    for i, (a, b) in enumerate(zip(r, c, strict=False)):
        acc[i & 7] += a * b
    vals = acc.tolist()
    while len(vals) > 1:
        h = len(vals) // 2
        vals = f32([vals[i] + vals[i + h] for i in range(h)])
    return vals[0]


reduce_sum_p = Primitive("reduce_sum")
reduce_sum_p.impl = _sum_impl
reduce_sum_p.jvp = _linear_jvp(reduce_sum_p)


def _keepdims_shape(shape, axes):
    return tuple(1 if d in axes else s for d, s in enumerate(shape))


def _sum_vjp(ct, out, x, axes):
    r = reshape_p.bind(ct, shape=_keepdims_shape(x.shape, axes))
    return (broadcast_p.bind(r, shape=x.shape),)


reduce_sum_p.vjp = _sum_vjp
reduce_sum_p.batch = lambda vals, dims, size, axes: (
    reduce_sum_p.bind(vals[0], axes=tuple(a + 1 for a in axes)), 0)


def _minmax_impl(fn, name):
    def impl(x, axes):
        gs, out_shape = _groups(x, axes) if len(axes) != len(x.shape) else ([x._v], ())
        if any(len(g) == 0 for g in gs):
            raise ValueError(
                f"zero-size array to reduction operation {name} which has no identity")
        if x.dtype.kind == "f":
            vals = [_NAN if any(v != v for v in g) else fn(g) for g in gs]
        else:
            vals = [fn(g) for g in gs]
        return Array(vals, out_shape, x.dtype, x.weak_type)
    return impl


def _minmax_deriv(p):
    def mask_weights(x, out, axes):
        o = broadcast_p.bind(reshape_p.bind(out, shape=_keepdims_shape(x.shape, axes)),
                             shape=x.shape)
        m = convert_p.bind(eq_p.bind(x, o), dtype=x.dtype, weak_type=x.weak_type)
        cnt = reduce_sum_p.bind(m, axes=axes)
        cnt = broadcast_p.bind(reshape_p.bind(cnt, shape=_keepdims_shape(x.shape, axes)),
                               shape=x.shape)
        return div_p.bind(m, cnt)

    def jvp(P, T, axes):
        x, = P
        out = p.bind(x, axes=axes)
        if x.dtype.kind != "f":
            return out, const(0, float32, out.shape)
        w = mask_weights(x, out, axes)
        return out, reduce_sum_p.bind(mul_p.bind(T[0], w), axes=axes)

    def vjp(ct, out, x, axes):
        w = mask_weights(x, out, axes)
        r = broadcast_p.bind(reshape_p.bind(ct, shape=_keepdims_shape(x.shape, axes)),
                             shape=x.shape)
        return (mul_p.bind(r, w),)
    p.jvp = jvp
    p.vjp = vjp
    p.batch = lambda vals, dims, size, axes: (p.bind(vals[0], axes=tuple(a + 1 for a in axes)), 0)


reduce_max_p = Primitive("reduce_max")
reduce_max_p.impl = _minmax_impl(max, "max")
reduce_min_p = Primitive("reduce_min")
reduce_min_p.impl = _minmax_impl(min, "min")
_minmax_deriv(reduce_max_p)
_minmax_deriv(reduce_min_p)


def _arg_impl(is_max):
    def impl(x, axis):
        gs, out_shape = _groups(x, (axis,))
        vals = []
        for g in gs:
            if not g:
                raise ValueError("attempt to get argmax of an empty sequence")
            best = 0
            bv = g[0]
            if bv == bv:
                for i, v in enumerate(g):
                    if v != v:
                        best = i
                        break
                    if (v > bv) if is_max else (v < bv):
                        best, bv = i, v
            vals.append(best)
        return Array(vals, out_shape, int32, False)
    return impl


argmax_p = Primitive("argmax")
argmax_p.impl = _arg_impl(True)
argmin_p = Primitive("argmin")
argmin_p.impl = _arg_impl(False)
for _p in (argmax_p, argmin_p):
    _p.jvp = (lambda p: lambda P, T, axis: (
        p.bind(P[0], axis=axis), const(0, float32, p.bind(P[0], axis=axis).shape)))(_p)
    _p.vjp = lambda ct, out, x, axis: (None,)
    _p.batch = (lambda p: lambda vals, dims, size, axis: (p.bind(vals[0], axis=axis + 1), 0))(_p)


# --- product reduction -----------------------------------------------------------

reduce_prod_p = Primitive("reduce_prod")


def _prod_impl(x, axes):
    gs, out_shape = _groups(x, axes) if len(axes) != len(x.shape) else ([x._v], ())
    vals = []
    for g in gs:
        acc = 1.0 if x.dtype.kind == "f" else 1
        for v in g:
            acc *= v
        vals.append(acc)
    return Array(round_to(vals, x.dtype), out_shape, x.dtype, x.weak_type)


def _prod_others(x, axes):
    """For each element, the product of the other elements in its reduction group."""
    jnp = _jnp()
    nd = len(x.shape)
    keep = [d for d in range(nd) if d not in axes]
    perm = tuple(keep) + tuple(axes)
    xt = transpose_p.bind(x, perm=perm) if perm != tuple(range(nd)) else x
    lead = tuple(x.shape[d] for d in keep)
    n = prod(tuple(x.shape[d] for d in axes))
    flat = reshape_p.bind(xt, shape=lead + (n,))
    one = const(1, x.dtype, lead + (1,), x.weak_type)
    ax = len(lead)
    left = jnp.cumprod(jnp.concatenate([one, slice_axis(flat, ax, 0, n - 1)], ax), axis=ax)
    right = jnp.flip(jnp.cumprod(jnp.flip(jnp.concatenate(
        [slice_axis(flat, ax, 1, n), one], ax), ax), axis=ax), ax)
    others = mul_p.bind(left, right)
    others = reshape_p.bind(others, shape=tuple(xt.shape))
    return transpose_p.bind(others, perm=_inverse_perm(perm)) if perm != tuple(range(nd)) \
        else others


def _prod_jvp(P, T, axes):
    x, = P
    out = reduce_prod_p.bind(x, axes=axes)
    if x.dtype.kind != "f":
        return out, const(0, float32, out.shape)
    return out, reduce_sum_p.bind(mul_p.bind(T[0], _prod_others(x, axes)), axes=axes)


def _prod_vjp(ct, out, x, axes):
    r = broadcast_p.bind(reshape_p.bind(ct, shape=_keepdims_shape(x.shape, axes)),
                         shape=x.shape)
    return (mul_p.bind(r, _prod_others(x, axes)),)


reduce_prod_p.impl = _prod_impl
reduce_prod_p.jvp = _prod_jvp
reduce_prod_p.vjp = _prod_vjp
reduce_prod_p.batch = lambda vals, dims, size, axes: (
    reduce_prod_p.bind(vals[0], axes=tuple(a + 1 for a in axes)), 0)


# --- cumulative sum -------------------------------------------------------------

cumsum_p = Primitive("cumsum")


def _cumsum_impl(x, axis, reverse):
    nd = len(x.shape)
    perm = tuple(d for d in range(nd) if d != axis) + (axis,)
    t = _transpose_impl(x, perm)
    n = x.shape[axis]
    out = []
    k = x.dtype.kind
    v = t._v
    for s in range(0, len(v), n) if n else ():
        g = v[s:s + n]
        if reverse:
            g = g[::-1]
        acc = 0.0 if k == "f" else 0
        res = []
        for e in g:
            acc = acc + e
            if k == "f":
                acc = f32([acc])[0]
            res.append(acc)
        if reverse:
            res.reverse()
        out.extend(res)
    dt = int32 if k == "b" else x.dtype
    r = Array(round_to(out, dt), t.shape, dt, x.weak_type)
    return _transpose_impl(r, _inverse_perm(perm))


cumsum_p.impl = _cumsum_impl
cumsum_p.jvp = _linear_jvp(cumsum_p)
cumsum_p.vjp = lambda ct, out, x, axis, reverse: (
    cumsum_p.bind(ct, axis=axis, reverse=not reverse),)
cumsum_p.batch = lambda vals, dims, size, axis, reverse: (
    cumsum_p.bind(vals[0], axis=axis + 1, reverse=reverse), 0)


# --- matrix product (2-D x 2-D) ------------------------------------------------

dot_p = Primitive("dot_general")


def _dot_impl(a, b):
    m, k = a.shape
    k2, n = b.shape
    av, bv = a._v, b._v
    rows = [av[i * k:(i + 1) * k] for i in range(m)]
    cols = [bv[j::n] for j in range(n)]
    dt = a.dtype
    if dt.kind == "f":
        if n == 1 and m > 1 and k >= 8:
            vals = [_lane8_dot(r, c) for r in rows for c in cols]
        elif m * n >= k:
            vals = _seq_dots_by_step(av, bv, m, k, n)
        else:
            vals = [_seq_dot(r, c) for r in rows for c in cols]
        return Array(vals, (m, n), dt, a.weak_type and b.weak_type)
    mul = operator.mul
    vals = [sum(map(mul, r, c)) for r in rows for c in cols]
    if dt.kind == "b":
        vals = [bool(v) for v in vals]
    else:
        vals = round_to(vals, dt)
    return Array(vals, (m, n), dt, a.weak_type and b.weak_type)


def _t(x):
    return transpose_p.bind(x, perm=(1, 0))


dot_p.impl = _dot_impl
dot_p.jvp = lambda P, T: (dot_p.bind(*P), add_p.bind(
    dot_p.bind(T[0], P[1]), dot_p.bind(P[0], T[1])))
dot_p.vjp = lambda ct, out, a, b: (dot_p.bind(ct, _t(b)), dot_p.bind(_t(a), ct))


def _dot_batch(vals, dims, size):
    a, b = vals
    da, db = dims
    if db is None:
        m, k = a.shape[1:]
        r = dot_p.bind(reshape_p.bind(a, shape=(size * m, k)), b)
        return reshape_p.bind(r, shape=(size, m, b.shape[1])), 0
    return batch_loop(dot_p, vals, dims, size, {})


dot_p.batch = _dot_batch

# --- concatenate ------------------------------------------------------------------

concatenate_p = Primitive("concatenate")


def _concat_impl(*xs, axis):
    shape0 = xs[0].shape
    outer = prod(shape0[:axis])
    chunks = []
    for x in xs:
        inner = prod(x.shape[axis:])
        chunks.append((x._v, inner))
    vals = []
    for o in range(outer):
        for v, inner in chunks:
            vals.extend(v[o * inner:(o + 1) * inner])
    total = sum(x.shape[axis] for x in xs)
    shape = shape0[:axis] + (total,) + shape0[axis + 1:]
    return Array(vals, shape, xs[0].dtype, all(x.weak_type for x in xs))


def slice_axis(x, axis, start, stop):
    shape = tuple(x.shape)
    st = strides(shape)
    offs = [0]
    for d, s in enumerate(shape):
        rng = range(start, stop) if d == axis else range(s)
        offs = [o + i * st[d] for o in offs for i in rng]
    new_shape = shape[:axis] + (stop - start,) + shape[axis + 1:]
    return gather_flat_p.bind(x, idx=tuple(offs), shape=new_shape)


def _concat_vjp(ct, out, *xs, axis):
    res = []
    start = 0
    for x in xs:
        n = x.shape[axis]
        res.append(slice_axis(ct, axis, start, start + n) if inexact(x.dtype) else None)
        start += n
    return tuple(res)


def _concat_jvp(P, T, axis):
    return concatenate_p.bind(*P, axis=axis), concatenate_p.bind(*T, axis=axis)


def _concat_batch(vals, dims, size, axis):
    vals = [v if d is not None else broadcast_leading(v, size)
                for v, d in zip(vals, dims, strict=False)]
    return concatenate_p.bind(*vals, axis=axis + 1), 0


concatenate_p.impl = _concat_impl
concatenate_p.jvp = _concat_jvp
concatenate_p.vjp = _concat_vjp
concatenate_p.batch = _concat_batch


# --- indexing with a (possibly dynamic) index expression --------------------------
# spec is a tuple of entries: ('i', n) int, ('s', start, stop, step) slice,
# ('n',) new axis, ('a', k) the k-th index array operand.

def _concrete_ints(a):
    a = concrete_array(a, "index")
    return a._v, a.shape


def index_plan(shape, spec, arrays, mode):
    """Return (flat source index list, out_shape); mode 'clip' or 'drop' (-1 marks drops)."""
    st = strides(shape)
    arrs = [_concrete_ints(a) for a in arrays]
    has_adv = any(e[0] == "a" for e in spec)
    comps = []   # list of (offset list, out dims)
    base = 0
    dim = 0
    adv_entries = []
    adv_pos = None
    prev_adv = False
    adjacent = True
    for e in spec:
        kind = e[0]
        if kind == "n":
            comps.append(([0], (1,)))
            prev_adv = False
            continue
        if kind == "i" and not has_adv:
            n = shape[dim]
            i = e[1]
            if i < 0:
                i += n
            if not 0 <= i < n:
                if mode == "drop":
                    return None, None
                i = min(max(i, 0), n - 1)
            base += i * st[dim]
            dim += 1
            prev_adv = False
            continue
        if kind == "s":
            n = shape[dim]
            rng = range(*slice(e[1], e[2], e[3]).indices(n))
            comps.append(([i * st[dim] for i in rng], (len(rng),)))
            dim += 1
            prev_adv = False
            continue
        # advanced (array or int when arrays are present)
        if adv_pos is None:
            adv_pos = len(comps)
            comps.append(None)
        elif not prev_adv:
            adjacent = False
        if kind == "i":
            adv_entries.append(([e[1]], (), dim))
        else:
            v, s = arrs[e[1]]
            adv_entries.append((v, s, dim))
        dim += 1
        prev_adv = True
    while dim < len(shape):
        comps.append(([i * st[dim] for i in range(shape[dim])], (shape[dim],)))
        dim += 1
    if adv_entries:
        bshape = ()
        for _v, s, _d in adv_entries:
            bshape = broadcast_shapes(bshape, s)
        total = prod(bshape)
        offs = [0] * total
        for v, s, d in adv_entries:
            n = shape[d]
            bi = broadcast_index(s, bshape) if s != bshape else range(total)
            sd = st[d]
            for j, src in enumerate(bi):
                i = v[src]
                if i < 0:
                    i += n
                if not 0 <= i < n:
                    if mode == "drop":
                        offs[j] = None
                        continue
                    i = min(max(i, 0), n - 1)
                if offs[j] is not None:
                    offs[j] += i * sd
        comp = (offs, bshape)
        if adjacent:
            comps[adv_pos] = comp
        else:
            del comps[adv_pos]
            comps.insert(0, comp)
    offs = [base]
    out_shape = ()
    for c, dims in comps:
        out_shape += dims
        offs = [None if (o is None or x is None) else o + x for o in offs for x in c]
    return offs, out_shape


def broadcast_shapes(*shapes):
    nd = max((len(s) for s in shapes), default=0)
    out = []
    for i in range(nd):
        size = 1
        for s in shapes:
            j = i - (nd - len(s))
            if j < 0:
                continue
            d = s[j]
            if d != 1:
                if size != 1 and size != d:
                    raise ValueError("Incompatible shapes for broadcasting: "
                                     f"shapes={[tuple(s) for s in shapes]}")
                size = d
        out.append(size)
    return tuple(out)


index_p = Primitive("index")


def _index_impl(x, *arrays, spec):
    offs, shape = index_plan(x.shape, spec, arrays, "clip")
    v = x._v
    return Array([v[i] for i in offs], shape, x.dtype, x.weak_type)


def _index_jvp(P, T, spec):
    x, *arrays = P
    return index_p.bind(x, *arrays, spec=spec), index_p.bind(T[0], *arrays, spec=spec)


def _index_vjp(ct, out, x, *arrays, spec):
    # JAX transposes static slicing into a pad with a strongly typed zero (a strong gradient),
    # and a gather with an index array into a scatter-add onto zeros typed like the cotangent
    gather = any(e[0] == "a" for e in spec)
    if not x.shape and not gather:  # indexing a 0-d array is no operation in JAX
        return (ct,) + (None,) * len(arrays)
    z = const(0, x.dtype, x.shape, ct.weak_type if gather else False)
    return (scatter_p.bind(z, ct, *arrays, spec=spec, mode="clip_add"),) + (None,) * len(arrays)


def _index_batch(vals, dims, size, spec):
    if dims[0] is not None and all(d is None for d in dims[1:]):
        adv = [e for e in spec if e[0] in "ai"]
        has_arr = any(e[0] == "a" for e in spec)
        if not has_arr or len(adv) == 1:
            return index_p.bind(*vals, spec=(("s", None, None, None),) + tuple(spec)), 0
    return batch_loop(index_p, vals, dims, size, {"spec": spec})


index_p.impl = _index_impl
index_p.jvp = _index_jvp
index_p.vjp = _index_vjp
index_p.batch = _index_batch

scatter_p = Primitive("scatter")


def _scatter_impl(x, y, *arrays, spec, mode):
    # "clip_add" is the transpose of indexing, which clamps out-of-bounds indices: it clamps
    # them too, where .at[] updates drop them
    offs, shape = index_plan(x.shape, spec, arrays, "clip" if mode == "clip_add" else "drop")
    out = list(x._v)
    if offs is None:
        return Array(out, x.shape, x.dtype, x.weak_type)
    yv = y._v
    if y.shape != shape:
        yv = [yv[i] for i in broadcast_index(y.shape, shape)]
    k = x.dtype.kind
    if mode == "set":
        for i, v in zip(offs, yv, strict=False):
            if i is not None:
                out[i] = v
    elif mode in ("add", "clip_add"):
        for i, v in zip(offs, yv, strict=False):
            if i is not None:
                out[i] = (out[i] or v) if k == "b" else out[i] + v
    elif mode == "mul":
        for i, v in zip(offs, yv, strict=False):
            if i is not None:
                out[i] = out[i] * v
    elif mode == "min":
        for i, v in zip(offs, yv, strict=False):
            if i is not None:
                out[i] = _fmin(out[i], v) if k == "f" else min(out[i], v)
    elif mode == "max":
        for i, v in zip(offs, yv, strict=False):
            if i is not None:
                out[i] = _fmax(out[i], v) if k == "f" else max(out[i], v)
    return Array(round_to(out, x.dtype), x.shape, x.dtype, x.weak_type)


def _scatter_jvp(P, T, spec, mode):
    x, y, *arrays = P
    out = scatter_p.bind(x, y, *arrays, spec=spec, mode=mode)
    tx, ty = T[0], T[1]
    if mode == "set":
        return out, scatter_p.bind(tx, ty, *arrays, spec=spec, mode="set")
    if mode in ("add", "clip_add"):
        return out, scatter_p.bind(tx, ty, *arrays, spec=spec, mode=mode)
    if mode == "mul":
        # out = x * Y with Y the scattered y (indices assumed unique)
        ones = _c(x, 1.0)
        Y = scatter_p.bind(ones, y, *arrays, spec=spec, mode="set")
        tY = scatter_p.bind(zeros_like_aval(x), ty, *arrays, spec=spec, mode="set")
        return out, add_p.bind(mul_p.bind(tx, Y), mul_p.bind(x, tY))
    # min / max: the gradient goes to whichever side won
    took_y = ne_p.bind(out, x)
    ty_full = scatter_p.bind(zeros_like_aval(x), ty, *arrays, spec=spec, mode="set")
    return out, select_p.bind(took_y, tx, ty_full)


def _scatter_vjp(ct, out, x, y, *arrays, spec, mode):
    rest = (None,) * len(arrays)
    gy = index_p.bind(ct, *arrays, spec=spec)
    if mode == "set":
        ctx = scatter_p.bind(ct, zeros_like_aval(y), *arrays, spec=spec, mode="set")
        return (ctx, _unbroadcast(gy, y)) + rest
    if mode in ("add", "clip_add"):
        return (ct, _unbroadcast(gy, y)) + rest
    if mode == "mul":
        ones = _c(x, 1.0)
        Y = scatter_p.bind(ones, y, *arrays, spec=spec, mode="set")
        ctx = mul_p.bind(ct, Y)
        cty = index_p.bind(mul_p.bind(ct, x), *arrays, spec=spec)
        return (ctx, _unbroadcast(cty, y)) + rest
    took_y = ne_p.bind(out, x)
    z = zeros_like_aval(ct)
    ctx = select_p.bind(took_y, ct, z)
    cty = index_p.bind(select_p.bind(took_y, z, ct), *arrays, spec=spec)
    return (ctx, _unbroadcast(cty, y)) + rest


def _unbroadcast(g, y):
    if g.shape == y.shape:
        return g
    lead = len(g.shape) - len(y.shape)
    axes = tuple(range(lead)) + tuple(
        i + lead for i, s in enumerate(y.shape) if s == 1 and g.shape[i + lead] != 1)
    if axes:
        g = reduce_sum_p.bind(g, axes=axes)
    return reshape_p.bind(g, shape=y.shape)


scatter_p.impl = _scatter_impl
scatter_p.jvp = _scatter_jvp
scatter_p.vjp = _scatter_vjp


def _scatter_batch(vals, dims, size, spec, mode):
    return batch_loop(scatter_p, vals, dims, size, {"spec": spec, "mode": mode})


scatter_p.batch = _scatter_batch


# --- custom rules supplied by users (jax.custom_jvp / custom_vjp) -------------


class CustomPrimitive(Primitive):
    """A per-call primitive whose impl is a Python function of Arrays."""
    __slots__ = ()


__all__ = [n for n in list(globals()) if not n.startswith("__")]


# The names of JAX's own classes: learners print type(x) and type(x).__name__.
for _cls, _name, _module in (
        (Array, "ArrayImpl", "jaxlib._jax"),
        (JVPTracer, "JVPTracer", "jax._src.interpreters.ad"),
        (VJPTracer, "LinearizeTracer", "jax._src.interpreters.ad"),
        (BatchTracer, "BatchTracer", "jax._src.interpreters.batching"),
        (JitTracer, "DynamicJaxprTracer", "jax._src.interpreters.partial_eval")):
    _cls.__name__ = _cls.__qualname__ = _name
    _cls.__module__ = _module
del _cls, _name, _module
