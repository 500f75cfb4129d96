"""The public `jax.random` module of jaxlite: threefry2x32 keys and samplers matching JAX 0.10.2."""

import itertools as _itertools
import math as _math
import operator as _operator

from jaxlite import _core as _C
from jaxlite import _prng
from jaxlite._format import format_key_repr as _format_key_repr
from jaxlite._missing import module_getattr as _module_getattr

__all__ = [
    "PRNGKey", "bernoulli", "bits", "categorical", "choice", "clone", "exponential", "fold_in",
    "gumbel", "key", "key_data", "key_dtype", "key_impl", "laplace", "logistic", "normal",
    "permutation", "rademacher", "randint", "split", "truncated_normal", "uniform",
    "wrap_key_data",
]

_MASK32 = 0xFFFFFFFF
_IMPL_NAME = "threefry2x32"
_ALL_IMPLS = ("philox2x32", "philox4x32", "threefry2x32", "rbg", "unsafe_rbg",
              "threefry4x32")
_OTHER_IMPLS = tuple(name for name in _ALL_IMPLS if name != _IMPL_NAME)


def _not_available(name):
    return NotImplementedError(
        f"jax.random.{name} is not available in the in-browser runtime (jaxlite)")


__getattr__ = _module_getattr("jax.random")


# ---------------------------------------------------------------- array glue


def _make_array(values, shape, dtype_name, weak_type=False):
    from jaxlite._core import make_array
    return make_array(values, tuple(shape), dtype_name, weak_type)


def _is_array(x):
    return (hasattr(x, "shape") and hasattr(x, "dtype") and not isinstance(x, type)
            and not isinstance(x, _PRNGKeyArray))


def _concrete(x, fname):
    """Flat values of a concrete jaxlite Array."""
    try:
        return list(x._values)
    except AttributeError:
        raise NotImplementedError(
            f"jax.random.{fname} with traced (jit/vmap/grad) arguments is not available "
            "in the in-browser runtime (jaxlite)") from None


def _dtype_str(x):
    return str(x.dtype)


_SCALAR_TYPES = (bool, int, float, complex)
# Python types and the (x64-off) dtypes JAX gives them; bool before its superclass int.
_PY_DTYPES = ((bool, "bool"), (int, "int32"), (float, "float32"), (complex, "complex64"))


def _python_scalar_dtype(v):
    return next(name for t, name in _PY_DTYPES if isinstance(v, t))


def _describe(x, fname, position=0):
    """(shape, dtype name, weak_type) of a Python scalar or array argument."""
    if isinstance(x, _SCALAR_TYPES):
        return (), _python_scalar_dtype(x), True
    if _is_array(x):
        return tuple(x.shape), _dtype_str(x), bool(getattr(x, "weak_type", False))
    raise TypeError(f"{fname} requires ndarray or scalar arguments, got {type(x)} "
                    f"at position {position}.")


def _values(x, fname):
    """Flat values of a Python scalar or concrete array."""
    return [x] if isinstance(x, _SCALAR_TYPES) else _concrete(x, fname)


def _array_arg(x, fname, position=0):
    """(flat values, shape, dtype name, weak) of an array-like argument (no lists)."""
    shape, dt, weak = _describe(x, fname, position)
    return _values(x, fname), shape, dt, weak


def _param(value, fname, position):
    """(flat values, shape, dtype name) of a sampler parameter (number or concrete array)."""
    if isinstance(value, _PRNGKeyArray):
        raise TypeError(f"{fname} does not accept dtypes key<fry>.")
    return _array_arg(value, fname, position)[:3]


def _f32_list(values):
    return [_prng.f32(float(v)) for v in values]


# ---------------------------------------------------------------- dtypes

_KNOWN_DTYPES = frozenset([
    "bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
    "float16", "bfloat16", "float32", "float64", "complex64", "complex128",
    "float8_e4m3fn", "float8_e5m2", "int4", "uint4",
])
_X64_NARROW = {"int64": "int32", "uint64": "uint32", "float64": "float32",
               "complex128": "complex64"}


def _dtype_object_name(dtype):
    """The dtype name carried by a dtype-like object (jnp.float32, a dtype, an array), or None."""
    for attr in ("name", "__name__"):
        cand = getattr(dtype, attr, None)
        if isinstance(cand, str) and cand in _KNOWN_DTYPES:
            return cand
    inner = getattr(dtype, "dtype", None)
    if inner is not None and str(inner) in _KNOWN_DTYPES:
        return str(inner)
    return str(dtype) if str(dtype) in _KNOWN_DTYPES else None


def _dtype_name(dtype, default):
    """The canonical (x64-off) dtype name for a user-supplied dtype specifier."""
    if dtype is None:
        return default
    for py_type, py_name in _PY_DTYPES:
        if dtype is py_type:
            return py_name
    name = dtype if isinstance(dtype, str) else _dtype_object_name(dtype)
    if name == "bool_":
        name = "bool"
    if name not in _KNOWN_DTYPES:
        raise TypeError(f"Cannot interpret '{dtype!r}' as a data type")
    if name in _X64_NARROW:
        _C.warn_x64(name, _X64_NARROW[name], name_the_function=False)
        name = _X64_NARROW[name]
    return name


def _is_unsigned(name):
    return name.startswith("uint")


def _is_int(name):
    return name.startswith("int") or name.startswith("uint")


def _is_float(name):
    return name.startswith("float") or name == "bfloat16"


def _is_inexact(name):
    return _is_float(name) or name.startswith("complex")


def _check_kind(fname, name, ok=_is_float, what="a float dtype"):
    """JAX's ValueError for a dtype of the wrong kind; returns `name`."""
    if not ok(name):
        raise ValueError(f"dtype argument to `{fname}` must be {what}, got {name}")
    return name


def _check_supported(fname, name, supported="float32"):
    """jaxlite implements each sampler for one dtype only; returns `name`."""
    if name != supported:
        raise _not_available(f"{fname} with dtype={name}")
    return name


# ---------------------------------------------------------------- shapes


def _canonical_shape(shape):
    if isinstance(shape, int) and not isinstance(shape, bool):
        return (shape,)
    try:
        dims = tuple(shape)
    except TypeError:
        raise TypeError(f"'{type(shape).__name__}' object is not iterable") from None
    try:
        out = tuple(_operator.index(d) for d in dims)
    except TypeError:
        raise TypeError("Shapes must be 1D sequences of concrete values of integer "
                        f"type, got {dims}.") from None
    if any(d < 0 for d in out):
        raise ValueError(f"negative dimensions are not allowed, got shape {out}")
    return out


def _broadcast_shapes(*shapes):
    ndim = max((len(s) for s in shapes), default=0)
    out = []
    for i in range(ndim):
        dims = {s[len(s) - ndim + i] for s in shapes if len(s) - ndim + i >= 0}
        dims.discard(1)
        if len(dims) > 1:
            raise ValueError(
                f"Incompatible shapes for broadcasting: shapes={list(shapes)}")
        out.append(dims.pop() if dims else 1)
    return tuple(out)


def _strides(shape):
    """Row-major strides, in elements."""
    out = [1] * len(shape)
    for ax in range(len(shape) - 2, -1, -1):
        out[ax] = out[ax + 1] * shape[ax + 1]
    return tuple(out)


def _offsets(steps):
    """Flat source offsets of a row-major walk; `steps` is one (stride, positions) per axis."""
    offs = [0]
    for stride, positions in steps:
        offs = [o + p * stride for o in offs for p in positions]
    return offs


def _broadcast_values(values, shape, target):
    """Broadcast a flat row-major list of `shape` to `target` (numpy rules)."""
    if tuple(shape) == tuple(target):
        return list(values)
    shape = (1,) * (len(target) - len(shape)) + tuple(shape)
    steps = [(0 if d == 1 else s, range(n))
             for d, s, n in zip(shape, _strides(shape), target, strict=True)]
    return [values[o] for o in _offsets(steps)]


def _transpose_indices(shape, axes):
    strides = _strides(shape)
    return _offsets([(strides[a], range(shape[a])) for a in axes])


def _moveaxis_to_last(values, shape, axis):
    """Flat values and shape with `axis` moved to the end."""
    order = [a for a in range(len(shape)) if a != axis] + [axis]
    return ([values[i] for i in _transpose_indices(shape, order)],
            tuple(shape[a] for a in order))


def _take_along(values, shape, axis, indices):
    """jnp.take(arr, indices, axis) for flat row-major values; returns flat values."""
    length = shape[axis]
    inner = _math.prod(shape[axis + 1:])
    out = []
    for o in range(_math.prod(shape[:axis])):
        for i in indices:
            start = (o * length + i) * inner
            out.extend(values[start:start + inner])
    return out


def _normalize_axis(axis, ndim):
    axis = _operator.index(axis)
    if not -ndim <= axis < ndim:
        raise ValueError(f"axis {axis} is out of bounds for array of dimension {ndim}")
    return axis + ndim if axis < 0 else axis


def _check_shape(name, shape, *param_shapes):
    result = _broadcast_shapes(shape, *param_shapes)
    if result != shape:
        raise ValueError(
            f"{name} parameter shapes must be broadcast-compatible with shape "
            "argument, and the result of broadcasting the shapes must equal the "
            f"shape argument, but got result {result} for shape argument {shape}.")


# ---------------------------------------------------------------- key type


class _KeyDType:
    """The dtype of typed threefry keys; prints as `key<fry>`."""

    __slots__ = ()
    name = "key<fry>"
    itemsize = 8

    def __repr__(self):
        return "key<fry>"

    __str__ = __repr__

    def __eq__(self, other):
        # (Python derives != from this.)
        if isinstance(other, _KeyDType):
            return True
        if isinstance(other, str):
            return other == "key<fry>"
        return NotImplemented

    def __hash__(self):
        return hash("key<fry>")


_KEY_DTYPE = _KeyDType()


def _key_unop(name, accepted):
    def method(self):
        raise TypeError(f"{name} does not accept dtype key<fry>. Accepted dtypes are "
                        f"subtypes of {accepted}.")
    return method


class _PRNGKeyArray:
    """An array of typed threefry2x32 keys (what `jax.random.key` returns)."""

    __slots__ = ("_data", "_shape")
    __hash__ = None
    __array_priority__ = 100

    def __init__(self, data, shape):
        self._data = list(data)
        self._shape = tuple(shape)

    # -- array-like attributes
    shape = property(lambda self: self._shape)
    ndim = property(lambda self: len(self._shape))
    size = property(lambda self: _math.prod(self._shape))
    dtype = property(lambda self: _KEY_DTYPE)
    itemsize = property(lambda self: 8)
    nbytes = property(lambda self: 8 * self.size)
    T = property(lambda self: self if self.ndim < 2 else self.transpose())

    def __len__(self):
        if not self._shape:
            raise TypeError("len() of unsized object")
        return self._shape[0]

    def __iter__(self):
        if not self._shape:
            raise TypeError("iteration over a 0-d key array")
        return (self[i] for i in range(self._shape[0]))

    def __bool__(self):
        raise TypeError("key array cannot be converted to boolean.")

    def __repr__(self):
        return _format_key_repr(list(self._data), self._shape)

    __str__ = __repr__

    def _pairs(self):
        d = self._data
        return [(d[2 * i], d[2 * i + 1]) for i in range(len(d) // 2)]

    def _take(self, flat, shape):
        """The keys at flat positions `flat`, as a key array of `shape`."""
        pairs = self._pairs()
        return _PRNGKeyArray([w for f in flat for w in pairs[f]], shape)

    # -- indexing
    def __getitem__(self, index):
        if not isinstance(index, tuple):
            index = (index,)
        if any(i is Ellipsis for i in index):
            pos = next(j for j, i in enumerate(index) if i is Ellipsis)
            fill = self.ndim - (len(index) - 1)
            index = index[:pos] + (slice(None),) * max(fill, 0) + index[pos + 1:]
        if len(index) > self.ndim:
            raise IndexError(
                f"Too many indices: array is {self.ndim}-dimensional, but "
                f"{len(index)} were indexed")
        index += (slice(None),) * (self.ndim - len(index))
        steps, out_shape = [], []
        for idx, dim, stride in zip(index, self._shape, _strides(self._shape), strict=True):
            if isinstance(idx, slice):
                positions = range(*idx.indices(dim))
                out_shape.append(len(positions))
            else:
                # Like JAX's gather, out-of-range integer indices are clamped.
                i = _key_index(idx)
                positions = [min(max(i + dim if i < 0 else i, 0), dim - 1)]
            steps.append((stride, positions))
        return self._take(_offsets(steps), out_shape)

    # -- reshaping
    def reshape(self, *shape):
        if len(shape) == 1 and not isinstance(shape[0], int):
            shape = tuple(shape[0])
        shape = list(shape)
        if -1 in shape:
            known = _math.prod(d for d in shape if d != -1)
            shape[shape.index(-1)] = self.size // known if known else 0
        if _math.prod(shape) != self.size:
            raise TypeError(
                f"cannot reshape array of shape {self._shape} (size {self.size}) "
                f"into shape {tuple(shape)}")
        return _PRNGKeyArray(self._data, shape)

    def ravel(self):
        return _PRNGKeyArray(self._data, (self.size,))

    flatten = ravel

    def transpose(self, *axes):
        if not axes:
            axes = tuple(range(self.ndim))[::-1]
        elif len(axes) == 1 and not isinstance(axes[0], int):
            axes = tuple(axes[0])
        return self._take(_transpose_indices(self._shape, axes),
                          tuple(self._shape[a] for a in axes))

    def copy(self):
        return _PRNGKeyArray(self._data, self._shape)

    def block_until_ready(self):
        return self

    # -- comparison
    def _compare(self, other, want_equal):
        if not isinstance(other, _PRNGKeyArray):
            op = "equal" if want_equal else "not_equal"
            raise TypeError(f"{op} does not accept dtypes key<fry>, {_other_dtype(other)}.")
        out_shape = _broadcast_shapes(self._shape, other._shape)
        a = _broadcast_values(self._pairs(), self._shape, out_shape)
        b = _broadcast_values(other._pairs(), other._shape, out_shape)
        vals = [(x == y) == want_equal for x, y in zip(a, b, strict=True)]
        return _make_array(vals, out_shape, "bool")

    def __eq__(self, other):
        return self._compare(other, True)

    def __ne__(self, other):
        return self._compare(other, False)

    __neg__ = _key_unop("neg", "integer, floating, complexfloating")
    __abs__ = _key_unop("abs", "floating, complexfloating, signedinteger")
    __invert__ = _key_unop("not", "integer, bool")


def _key_index(idx):
    """A Python int from an integer index into a key array."""
    try:
        return _operator.index(idx)
    except TypeError:
        if _is_array(idx) and not idx.shape and "int" in _dtype_str(idx):
            return int(_concrete(idx, "key indexing")[0])
        raise TypeError("Indexing key arrays with this index is not available in "
                        "the in-browser runtime (jaxlite)") from None


def _other_dtype(other):
    if _is_array(other):
        return _dtype_str(other)
    if isinstance(other, _SCALAR_TYPES):
        return _python_scalar_dtype(other)
    return type(other).__name__


def _key_binop(name):
    """Arithmetic on keys is a TypeError, worded as JAX words it."""
    def forward(self, other):
        if isinstance(other, _PRNGKeyArray):
            raise TypeError(
                f"{name} does not accept dtype key<fry> at position 0. Accepted dtypes at "
                "position 0 are subtypes of integer, floating, complexfloating.")
        raise TypeError(f"{name} does not accept dtypes key<fry>, {_other_dtype(other)}.")

    def backward(self, other):
        raise TypeError(f"{name} does not accept dtypes {_other_dtype(other)}, key<fry>.")
    return forward, backward


for _dunder, _name in [("add", "add"), ("sub", "subtract"), ("mul", "multiply"),
                       ("truediv", "true_divide"), ("floordiv", "floor_divide"),
                       ("mod", "remainder"), ("pow", "power"), ("and", "bitwise_and"),
                       ("or", "bitwise_or"), ("xor", "bitwise_xor"),
                       ("lshift", "left_shift"), ("rshift", "right_shift")]:
    _f, _b = _key_binop(_name)
    setattr(_PRNGKeyArray, f"__{_dunder}__", _f)
    setattr(_PRNGKeyArray, f"__r{_dunder}__", _b)
for _dunder, _name in [("lt", "less"), ("gt", "greater"), ("le", "less_equal"),
                       ("ge", "greater_equal")]:
    setattr(_PRNGKeyArray, f"__{_dunder}__", _key_binop(_name)[0])
del _dunder, _name, _f, _b
# Named as JAX's class is, for Python's own messages ("unhashable type: 'PRNGKeyArray'").
_PRNGKeyArray.__name__ = _PRNGKeyArray.__qualname__ = "PRNGKeyArray"


def _stack_keys(keys, axis=0):
    """Stack same-shaped typed key arrays along a new `axis` (for vmap's loop fallback)."""
    keys = list(keys)
    if not keys or not all(isinstance(k, _PRNGKeyArray) for k in keys):
        raise TypeError("_stack_keys needs a non-empty sequence of typed key arrays")
    shape = keys[0].shape
    if any(k.shape != shape for k in keys):
        raise ValueError("all input arrays must have the same shape")
    axis = _normalize_axis(axis, len(shape) + 1)
    stacked = _PRNGKeyArray([w for k in keys for w in k._data], (len(keys),) + shape)
    if axis == 0:
        return stacked
    order = list(range(1, len(shape) + 1))
    order.insert(axis, 0)
    return stacked.transpose(order)


# ---------------------------------------------------------------- key checks


def _impl_check(impl, dtype=None, fname=None):
    """Accept only threefry2x32 as `impl` (or its alias `dtype`, for key/wrap_key_data)."""
    if dtype is not None:
        if impl is not None:
            raise ValueError(
                f"Cannot specify both `impl` and `dtype` arguments to jax.random.{fname}")
        impl = dtype
    if impl is None:
        return
    name = impl if isinstance(impl, str) else (getattr(impl, "name", None) or str(impl))
    if name in ("threefry2x32", "key<fry>", "fry"):
        return
    if name in _OTHER_IMPLS:
        raise NotImplementedError(
            f"the {name} PRNG is not available in the in-browser runtime (jaxlite); "
            "only threefry2x32 is")
    if isinstance(impl, str):
        keys_fmt = ", ".join(f'"{s}"' for s in _ALL_IMPLS)
        raise ValueError(f'unrecognized PRNG implementation "{impl}". '
                         f"Did you mean one of: {keys_fmt}?")
    raise TypeError(f"unrecognized type {type(impl)} for specifying PRNG implementation.")


def _raw_key_data_check(x):
    """Validate a uint32 array as key data; returns (flat data, key shape)."""
    invalid = "JAX encountered invalid PRNG key data: expected "
    if not all(hasattr(x, a) for a in ("ndim", "shape", "dtype")):
        raise TypeError(f"{invalid}key_data to have ndim, shape, and dtype attributes. Got {x}")
    shape = tuple(x.shape)
    if len(shape) < 1:
        raise TypeError(f"{invalid}key_data.ndim >= 1; got ndim={len(shape)}")
    if shape[-1:] != (2,):
        raise TypeError(
            f"{invalid}key_data.shape to end with (2,); got shape={shape} for "
            "impl=PRNGImpl(key_shape=(2,), name='threefry2x32', tag='fry')")
    if _dtype_str(x) != "uint32":
        raise TypeError(f"{invalid}key_data.dtype = uint32; got dtype={_dtype_str(x)}")
    return [int(v) & _MASK32 for v in _concrete(x, "key functions")], shape[:-1]


def _check_key(name, key, allow_batched=False):
    """(flat key data, key shape, was_raw) for a typed or raw key argument."""
    if isinstance(key, _PRNGKeyArray):
        data, shape, raw, shown = key._data, key._shape, False, key._shape
    elif _is_array(key) or isinstance(key, _SCALAR_TYPES):
        data, shape = _raw_key_data_check(key)
        raw, shown = True, tuple(key.shape)
    else:
        raise TypeError(f"unexpected PRNG key type {type(key)}")
    if not allow_batched and shape:
        raise ValueError(f"{name} accepts a single key, but was given a key array of "
                         f"shape {shown} != (). Use jax.vmap for batching.")
    return data, shape, raw


def _single_key(name, key):
    data, _, raw = _check_key(name, key)
    return data[0], data[1], raw


def _return_keys(pairs_flat, shape, raw):
    """Keys in the caller's style: raw uint32 data (trailing 2) or a typed key array."""
    if raw:
        return _make_array(pairs_flat, tuple(shape) + (2,), "uint32")
    return _PRNGKeyArray(pairs_flat, shape)


# ---------------------------------------------------------------- key functions


def _seed_data(ctor_name, seed):
    if isinstance(seed, _PRNGKeyArray):
        raise TypeError(f"{ctor_name} accepts a scalar seed, but was given a PRNG key.")
    if isinstance(seed, int):
        return _prng.seed(seed)
    if _is_array(seed):
        if seed.shape:
            raise TypeError(
                f"{ctor_name} accepts a scalar seed, but was given an array of shape "
                f"{tuple(seed.shape)} != (). Use jax.vmap for batching")
        dt = _dtype_str(seed)
        if not _is_int(dt):
            raise TypeError(f"PRNG key seed must be an integer; got JitTracer(~{dt}[])")
        return 0, int(_concrete(seed, ctor_name)[0]) & _MASK32
    if isinstance(seed, float):
        raise TypeError("PRNG key seed must be an integer; got JitTracer(~float32[])")
    if seed is None:
        raise ValueError("None is not a valid value for jnp.array")
    if hasattr(seed, "__index__"):
        return _prng.seed(_operator.index(seed))
    raise TypeError(f"PRNG key seed must be an integer; got {seed!r}")


def key(seed, *, impl=None, dtype=None):
    """A typed PRNG key (shape (), dtype key<fry>) from an integer seed."""
    _impl_check(impl, dtype, "key")
    return _PRNGKeyArray(_seed_data("key", seed), ())


def PRNGKey(seed, *, impl=None):
    """A legacy raw key: a uint32 array of shape (2,)."""
    _impl_check(impl)
    return _make_array(_seed_data("PRNGKey", seed), (2,), "uint32")


def split(key, num=2):
    """Split a key into `num` new keys (`num` an int or a shape tuple)."""
    k0, k1, raw = _single_key("split", key)
    shape = tuple(_operator.index(d) for d in (num if isinstance(num, (tuple, list)) else (num,)))
    if any(d < 0 for d in shape):
        raise ValueError(f"split: num must be non-negative, got {num}")
    return _return_keys([w for pair in _prng.split(k0, k1, shape) for w in pair], shape, raw)


def _as_uint32_scalar(data, fname):
    """fold_in's data as a uint32: Python ints must fit, floats and arrays wrap."""
    if isinstance(data, int) and not isinstance(data, bool) and not 0 <= data <= _MASK32:
        raise OverflowError(f"Python integer {data} out of bounds for uint32")
    if _is_array(data):
        data = _concrete(data, fname)[0]
    elif not isinstance(data, (int, float)):
        if not hasattr(data, "__index__"):
            raise TypeError(f"fold_in: cannot interpret {data!r} as uint32 data")
        return _as_uint32_scalar(_operator.index(data), fname)
    if isinstance(data, float) and (_math.isnan(data) or _math.isinf(data)):
        return 0
    return int(data) & _MASK32


def fold_in(key, data):
    """A new key that deterministically mixes the 32-bit integer `data` into `key`."""
    k0, k1, raw = _single_key("fold_in", key)
    if _is_array(data) and data.shape:
        raise TypeError("fold_in accepts a scalar, but was given an array of"
                        f"shape {tuple(data.shape)} != (). Use jax.vmap for batching.")
    return _return_keys(_prng.fold_in(k0, k1, _as_uint32_scalar(data, "fold_in")), (), raw)


def clone(key):
    """The same key (JAX's clone only matters to its key-reuse checker)."""
    return key


def key_data(keys):
    """The uint32 data under a key array (trailing dimension 2)."""
    data, shape, _ = _check_key("key_data", keys, allow_batched=True)
    return _return_keys(data, shape, raw=True)


def wrap_key_data(key_bits_array, *, impl=None, dtype=None):
    """Typed keys from a uint32 array whose last dimension is 2."""
    _impl_check(impl, dtype, "wrap_key_data")
    return _PRNGKeyArray(*_raw_key_data_check(key_bits_array))


def key_impl(keys):
    """The name of the PRNG implementation behind `keys` (always threefry2x32)."""
    _check_key("key_impl", keys, allow_batched=True)
    return _IMPL_NAME


def key_dtype(impl=None):
    """The dtype of typed keys for `impl` (only threefry2x32: `key<fry>`)."""
    _impl_check(impl)
    return _KEY_DTYPE


# ---------------------------------------------------------------- samplers
# Each sampler checks its arguments in the order JAX reaches them (key, dtype, shape
# vary), so that a call with several bad arguments fails the same way.


def bits(key, shape=(), dtype=None):
    """Uniform random unsigned integers (uint32 by default)."""
    k0, k1, _ = _single_key("bits", key)
    name = _check_kind("bits", _dtype_name(dtype, "uint32"), _is_unsigned,
                       "an unsigned int dtype")
    shape = _canonical_shape(shape)
    _check_supported("bits", name, "uint32")
    return _make_array(_prng.random_bits(k0, k1, _math.prod(shape)), shape, "uint32")


def uniform(key, shape=(), dtype=None, minval=0.0, maxval=1.0):
    """Uniform float32 samples in [minval, maxval)."""
    k0, k1, _ = _single_key("uniform", key)
    name = _dtype_name(dtype, "float32")
    shape = _canonical_shape(shape)
    _check_supported("uniform", _check_kind("uniform", name))
    lo, lo_shape, _ = _param(minval, "uniform", 0)
    hi, hi_shape, _ = _param(maxval, "uniform", 1)
    for pshape in (lo_shape, hi_shape):
        if len(pshape) > len(shape) or _broadcast_shapes(shape, pshape) != shape:
            raise TypeError(f"uniform: minval/maxval of shape {pshape} cannot be "
                            f"broadcast to the requested shape {shape}")
    lo = _broadcast_values(_f32_list(lo), lo_shape, shape)
    hi = _broadcast_values(_f32_list(hi), hi_shape, shape)
    bits_ = _prng.random_bits(k0, k1, _math.prod(shape))
    return _make_array(_prng.uniform_from_bits(bits_, lo, hi), shape, "float32")


def normal(key, shape=(), dtype=None):
    """Standard normal float32 samples."""
    k0, k1, _ = _single_key("normal", key)
    shape = _canonical_shape(shape)
    name = _dtype_name(dtype, "float32")
    _check_supported("normal", _check_kind("normal", name, _is_inexact,
                                           "a float or complex dtype"))
    return _make_array(_prng.normal(k0, k1, _math.prod(shape)), shape, "float32")


def exponential(key, shape=(), dtype=None):
    """Exponential(1) float32 samples: -log1p(-u) for uniform u."""
    k0, k1, _ = _single_key("exponential", key)
    shape = _canonical_shape(shape)
    _check_supported("exponential", _check_kind("exponential", _dtype_name(dtype, "float32")))
    us = _prng.uniform_from_bits(_prng.random_bits(k0, k1, _math.prod(shape)))
    return _make_array([-_prng.log1p32(-u) for u in us], shape, "float32")


_INT32_MIN, _INT32_MAX = -(2 ** 31), 2 ** 31 - 1
_TYPE_MAX = {"int32": _INT32_MAX, "uint32": 2 ** 32 - 1, "bool": 1}


def _int_bound(value, argname, position):
    """(flat int values, shape, bound dtype) for randint's minval/maxval."""
    if isinstance(value, bool):
        return [int(value)], (), "int32"
    if isinstance(value, int):
        if not _INT32_MIN <= value <= _INT32_MAX:
            raise OverflowError(
                "An overflow was encountered while parsing an argument to a jitted "
                f"computation, whose argument path is {argname}. Got <class 'int'> "
                f"with value {value}")
        return [value], (), "int32"
    vals, shape, dt = _param(value, "randint", position)
    if dt == "bool" or _is_int(dt):
        return [int(v) for v in vals], shape, dt
    # Floats are cast to int32 as XLA does: truncation, saturating at the ends, NaN to 0.
    out = [0 if v != v else int(min(max(v, _INT32_MIN), _INT32_MAX)) for v in _f32_list(vals)]
    return out, shape, "int32"


def randint(key, shape, minval, maxval, dtype=None):
    """Uniform integers in [minval, maxval), bit-identical to JAX (int32 / uint32)."""
    k0, k1, _ = _single_key("randint", key)
    name = _dtype_name(dtype, "int32")
    shape = _canonical_shape(shape)
    if not _is_int(name):
        raise TypeError(f"randint only accepts integer dtypes, got {name}")
    if name not in ("int32", "uint32"):
        raise _not_available(f"randint with dtype={name}")
    lo, lo_shape, _ = _int_bound(minval, "minval", 0)
    hi, hi_shape, hi_dt = _int_bound(maxval, "maxval", 1)
    _check_shape("randint", shape, lo_shape, hi_shape)
    lo = _broadcast_values(lo, lo_shape, shape)
    hi = _broadcast_values(hi, hi_shape, shape)
    vals = _prng.randint(k0, k1, _math.prod(shape), lo, hi, name,
                         maxval_limit=_TYPE_MAX.get(hi_dt, _INT32_MAX))
    return _make_array(vals, shape, name)


def bernoulli(key, p=0.5, shape=None, mode="low"):
    """Boolean samples that are True with probability p."""
    if shape is not None:
        shape = _canonical_shape(shape)
    if mode not in ("high", "low"):
        raise ValueError(f"got mode={mode!r}, expected 'high' or 'low'")
    k0, k1, _ = _single_key("bernoulli", key)
    if not (isinstance(p, _SCALAR_TYPES) or _is_array(p)):
        raise TypeError(f"bernoulli: cannot interpret p of type {type(p)}")
    ps, p_shape, p_dt, _ = _array_arg(p, "bernoulli")
    if not _is_float(p_dt):
        raise TypeError(f"bernoulli probability `p` must have a floating dtype, got {p_dt}.")
    if p_dt != "float32":
        raise _not_available(f"bernoulli with p of dtype {p_dt}")
    if shape is None:
        shape = p_shape
    else:
        _check_shape("bernoulli", shape, p_shape)
    ps = _broadcast_values(_f32_list(ps), p_shape, shape)
    n = _math.prod(shape)
    if mode == "low":
        vals = _prng.bernoulli(k0, k1, n, ps)
    else:
        us = _prng.uniform_from_bits(_prng.random_bits(k0, k1, 2 * n))
        vals = [us[n + i] * 2.0 ** -23 < _prng.f32(ps[i] - us[i]) for i in range(n)]
    return _make_array(vals, shape, "bool")


def permutation(key, x, axis=0, independent=False):
    """A shuffled copy of array `x` along `axis`, or a permutation of range(x) for an int."""
    k0, k1, _ = _single_key("permutation", key)
    shape, dt, weak = _describe(x, "permutation")
    axis = _normalize_axis(axis, len(shape) or 1)
    if not shape:
        if not _is_int(dt):
            raise TypeError("x must be an integer or at least 1-dimensional")
        r = max(int(_values(x, "permutation")[0]), 0)
        return _make_array(_prng.permutation(k0, k1, r), (r,), "int32")
    values = _concrete(x, "permutation")
    if independent or len(shape) == 1:
        out = _prng.shuffle(k0, k1, values, shape, axis)
    else:
        out = _take_along(values, shape, axis, _prng.permutation(k0, k1, shape[axis]))
    return _make_array(out, shape, dt, weak)


# ---------------------------------------------------------------- log-based samplers


def _gumbel_mode(mode):
    if mode is None:
        mode = "low"
    if mode not in ("highest", "high", "low"):
        raise ValueError(f"Must provide valid mode for gumbel got: {mode}")
    if mode == "highest":
        raise _not_available("gumbel with mode='highest'")
    return mode


def _gumbel_values(k0, k1, n, mode):
    count = n if mode == "low" else 2 * n
    return _prng.gumbel_from_bits(_prng.random_bits(k0, k1, count), mode)


def gumbel(key, shape=(), dtype=None, mode=None):
    """Standard Gumbel float32 samples (mode 'low' or 'high')."""
    k0, k1, _ = _single_key("gumbel", key)
    name = _check_kind("gumbel", _dtype_name(dtype, "float32"))
    shape = _canonical_shape(shape)
    mode = _gumbel_mode(mode)
    _check_supported("gumbel", name)
    return _make_array(_gumbel_values(k0, k1, _math.prod(shape), mode), shape, "float32")


def _simple_float_sampler(fname, key, shape, dtype, make):
    k0, k1, _ = _single_key(fname, key)
    name = _check_kind(fname, _dtype_name(dtype, "float32"))
    shape = _canonical_shape(shape)
    _check_supported(fname, name)
    return _make_array(make(_prng.random_bits(k0, k1, _math.prod(shape))), shape, "float32")


def logistic(key, shape=(), dtype=None):
    """Standard logistic float32 samples: log(u) - log1p(-u)."""
    return _simple_float_sampler("logistic", key, shape, dtype, _prng.logistic_from_bits)


def laplace(key, shape=(), dtype=None):
    """Standard Laplace float32 samples: sign(u) * log1p(-|u|)."""
    return _simple_float_sampler("laplace", key, shape, dtype, _prng.laplace_from_bits)


def rademacher(key, shape=(), dtype=None):
    """Samples of -1 and +1 with equal probability (int32 by default)."""
    k0, k1, _ = _single_key("rademacher", key)
    name = _dtype_name(dtype, "int32")
    shape = _canonical_shape(shape)
    signs = {"int32": (1, -1), "uint32": (1, _MASK32), "float32": (1.0, -1.0)}.get(name)
    if signs is None:
        raise _not_available(f"rademacher with dtype={name}")
    flags = _prng.bernoulli(k0, k1, _math.prod(shape), 0.5)
    return _make_array([signs[0] if b else signs[1] for b in flags], shape, name)


# ---------------------------------------------------------------- categorical / choice


def _argmax_last(values, length):
    """jnp.argmax over consecutive rows of `length`: the first NaN, else the first maximum."""
    out = []
    for start in range(0, len(values), length):
        row = values[start:start + length]
        nans = [i for i, v in enumerate(row) if v != v]
        out.append(nans[0] if nans else max(range(length), key=row.__getitem__))
    return out


def _top_k_indices(row, k):
    # Descending by value; equal values keep their original order.
    return sorted(range(len(row)), key=lambda i: -row[i])[:k]


def categorical(key, logits, axis=-1, shape=None, replace=True, mode=None):
    """Indices sampled from the categorical distributions given by `logits` (Gumbel-max)."""
    k0, k1, _ = _single_key("categorical", key)
    vals, lshape, ldt, _ = _array_arg(logits, "categorical")
    if not lshape:
        raise ValueError(f"axis {axis} is out of bounds for array of dimension 0")
    ax = _normalize_axis(axis, len(lshape))
    batch_shape = lshape[:ax] + lshape[ax + 1:]
    if shape is None:
        shape = batch_shape
    else:
        shape = _canonical_shape(shape)
        _check_shape("categorical", shape, batch_shape)
    if ldt != "float32":
        if _is_inexact(ldt):
            raise _not_available(f"categorical with logits of dtype {ldt}")
        raise ValueError(f"dtype argument to `gumbel` must be a float dtype, got {ldt}")
    mode = _gumbel_mode(mode)
    logits_f = _f32_list(vals)
    prefix = shape[:len(shape) - len(batch_shape)]
    if replace:
        full_shape = prefix + lshape
        noise = _gumbel_values(k0, k1, _math.prod(full_shape), mode)
        tiled = _broadcast_values(logits_f, lshape, full_shape)
        summed = [_prng.f32(g + v) for g, v in zip(noise, tiled, strict=True)]
        moved, mshape = _moveaxis_to_last(summed, full_shape, len(prefix) + ax)
        if not mshape[-1]:
            raise ValueError("attempt to get argmax of an empty sequence")
        return _make_array(_argmax_last(moved, mshape[-1]), shape, "int32")
    noise = _gumbel_values(k0, k1, _math.prod(lshape), mode)
    summed = [_prng.f32(v + g) for v, g in zip(logits_f, noise, strict=True)]
    k = _math.prod(prefix)
    if k > lshape[ax]:
        raise ValueError(f"Number of samples without replacement ({k}) cannot exceed "
                         f"number of categories ({lshape[ax]}).")
    moved, mshape = _moveaxis_to_last(summed, lshape, ax)
    length = mshape[-1]
    rows = [_top_k_indices(moved[s:s + length], k) for s in range(0, len(moved), length)]
    # Sample j of every batch entry goes to the leading (prefix) position j.
    out = [row[j] for j in range(k) for row in rows]
    return _make_array(out, shape, "int32")


def _choice_indices(k0, k1, n_inputs, n_draws, replace, p, mode):
    """Which of the n_inputs entries jax.random.choice picks (n_draws of them)."""
    if p is None:
        if replace:
            return _prng.randint(k0, k1, n_draws, 0, n_inputs)
        return _prng.permutation(k0, k1, n_inputs)[:n_draws]
    pvals, pshape, pdt, _ = _array_arg(p, "choice")
    if pshape != (n_inputs,):
        raise ValueError(
            "p must be None or a 1D vector with the same size as a.shape[axis]. "
            f"p has shape {pshape} and a.shape[axis] is {n_inputs}.")
    if pdt not in ("float32", "int32", "bool", "uint32"):
        raise _not_available(f"choice with p of dtype {pdt}")
    pf = _f32_list(pvals)
    if not replace:
        g = _gumbel_values(k0, k1, n_inputs, _gumbel_mode(mode))
        scores = [_prng.f32(gv + _prng.log32(pv)) for gv, pv in zip(g, pf, strict=True)]
        return _top_k_indices(scores, n_draws)
    # Inverse CDF: count the float32 running sums below each scaled uniform.
    cum = list(_itertools.accumulate(pf, lambda acc, v: _prng.f32(acc + v), initial=0.0))[1:]
    us = _prng.uniform_from_bits(_prng.random_bits(k0, k1, n_draws))
    rs = [_prng.f32(cum[-1] * _prng.f32(1.0 - u)) for u in us]
    return [sum(1 for c in cum if c < r) for r in rs]


def choice(key, a, shape=(), replace=True, p=None, axis=0, mode=None):
    """Random samples from `a` (an int n meaning range(n), or an array along `axis`)."""
    k0, k1, _ = _single_key("choice", key)
    if not isinstance(shape, (tuple, list)):
        raise TypeError("shape argument of jax.random.choice must be a sequence, "
                        f"got {shape}")
    shape = _canonical_shape(shape)
    avals, ashape, adt, aweak = _array_arg(a, "choice")
    if not ashape:
        if not (_is_int(adt) or adt == "bool"):
            raise TypeError("The error occurred in jax.random.choice(): "
                            "a must be an integer when it is a scalar")
        n_inputs = int(avals[0])
        adt = "int32"
    else:
        axis = _normalize_axis(axis, len(ashape))
        n_inputs = ashape[axis]
    n_draws = _math.prod(shape)
    if n_draws == 0:
        return _make_array([], shape, adt)
    if n_inputs <= 0:
        raise ValueError("a must be greater than 0 unless no samples are taken")
    if not replace and n_draws > n_inputs:
        raise ValueError(f"Cannot take a larger sample (size {n_draws}) than population "
                         f"(size {n_inputs}) when 'replace=False'")
    ind = _choice_indices(k0, k1, n_inputs, n_draws, replace, p, mode)
    if not ashape:
        return _make_array(ind, shape, "int32")
    out_shape = ashape[:axis] + shape + ashape[axis + 1:]
    return _make_array(_take_along(avals, ashape, axis, ind), out_shape, adt, aweak)


def truncated_normal(key, lower, upper, shape=None, dtype=None):
    """Standard normal float32 samples restricted to the open interval (lower, upper)."""
    if shape is not None:
        shape = _canonical_shape(shape)
    k0, k1, _ = _single_key("truncated_normal", key)
    name = _dtype_name(dtype, "float32")
    _check_supported("truncated_normal", _check_kind("truncated_normal", name))
    lo, lo_shape, _ = _param(lower, "truncated_normal", 0)
    hi, hi_shape, _ = _param(upper, "truncated_normal", 1)
    if shape is None:
        shape = _broadcast_shapes(lo_shape, hi_shape)
    else:
        _check_shape("truncated_normal", shape, lo_shape, hi_shape)
    lo = _broadcast_values(_f32_list(lo), lo_shape, shape)
    hi = _broadcast_values(_f32_list(hi), hi_shape, shape)
    bits_ = _prng.random_bits(k0, k1, _math.prod(shape))
    return _make_array(_prng.truncated_normal_from_bits(bits_, lo, hi), shape, "float32")
