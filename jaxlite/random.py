"""The public `jax.random` module of jaxlite: threefry2x32 keys and samplers matching JAX 0.10.2."""

import math as _math
import operator as _operator
import warnings as _warnings

from jaxlite import _prng
from jaxlite._missing import module_getattr as _module_getattr

__all__ = [
    "PRNGKey", "bernoulli", "bits", "categorical", "choice", "clone", "exponential", "fold_in",
    "gumbel", "key", "key_data", "key_dtype", "key_impl", "laplace", "logistic", "normal",
    "permutation", "rademacher", "randint", "split", "truncated_normal", "uniform",
    "wrap_key_data",
]

_MASK32 = 0xFFFFFFFF
_IMPL_NAME = "threefry2x32"
_OTHER_IMPLS = ("philox2x32", "philox4x32", "rbg", "unsafe_rbg", "threefry4x32")
_ALL_IMPLS = ("philox2x32", "philox4x32", "threefry2x32", "rbg", "unsafe_rbg",
              "threefry4x32")


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


def _python_scalar_dtype(v):
    if isinstance(v, bool):
        return "bool"
    if isinstance(v, int):
        return "int32"
    if isinstance(v, float):
        return "float32"
    return "complex64"


# ---------------------------------------------------------------- dtypes

_KNOWN_DTYPES = frozenset([
    "bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
    "float16", "bfloat16", "float32", "float64", "complex64", "complex128",
    "float8_e4m3fn", "float8_e5m2", "int4", "uint4",
])
_X64_NARROW = {"int64": "int32", "uint64": "uint32", "float64": "float32",
               "complex128": "complex64"}


def _dtype_name(dtype, default):
    """The canonical (x64-off) dtype name for a user-supplied dtype specifier."""
    if dtype is None:
        return default
    if dtype is float:
        return "float32"
    if dtype is int:
        return "int32"
    if dtype is bool:
        return "bool"
    if dtype is complex:
        return "complex64"
    name = None
    if isinstance(dtype, str):
        name = dtype
    else:
        for attr in ("name", "__name__"):
            cand = getattr(dtype, attr, None)
            if isinstance(cand, str) and cand in _KNOWN_DTYPES:
                name = cand
                break
        if name is None:
            inner = getattr(dtype, "dtype", None)
            if inner is not None and str(inner) in _KNOWN_DTYPES:
                name = str(inner)
            elif str(dtype) in _KNOWN_DTYPES:
                name = str(dtype)
    if name == "bool_":
        name = "bool"
    if name not in _KNOWN_DTYPES:
        raise TypeError(f"Cannot interpret '{dtype!r}' as a data type")
    if name in _X64_NARROW:
        short = _X64_NARROW[name]
        _warnings.warn(
            f"Explicitly requested dtype {name} is not available, and will be truncated "
            f"to dtype {short}. To enable more dtypes, set the jax_enable_x64 "
            "configuration option or the JAX_ENABLE_X64 shell environment variable.",
            UserWarning, stacklevel=3)
        name = short
    return name


def _is_unsigned(name):
    return name.startswith("uint")


def _is_int(name):
    return name.startswith("int") or name.startswith("uint")


def _is_float(name):
    return name.startswith("float") or name == "bfloat16"


# ---------------------------------------------------------------- shapes


def _canonical_shape(shape):
    if isinstance(shape, (int,)) and not isinstance(shape, bool):
        return (shape,)
    try:
        dims = tuple(shape)
    except TypeError:
        raise TypeError(f"'{type(shape).__name__}' object is not iterable") from None
    out = []
    for d in dims:
        try:
            out.append(_operator.index(d))
        except TypeError:
            raise TypeError("Shapes must be 1D sequences of concrete values of integer "
                            f"type, got {dims}.") from None
    for d in out:
        if d < 0:
            raise ValueError(f"negative dimensions are not allowed, got shape {tuple(out)}")
    return tuple(out)


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


def _broadcast_values(values, shape, target):
    """Broadcast a flat row-major list of `shape` to `target` (numpy rules)."""
    n = _math.prod(target)
    if tuple(shape) == tuple(target):
        return list(values)
    if len(values) == 1:
        return list(values) * n
    shape = (1,) * (len(target) - len(shape)) + tuple(shape)
    strides = []
    acc = 1
    for d in reversed(shape):
        strides.append(acc)
        acc *= d
    strides.reverse()
    out = [None] * n
    idx = [0] * len(target)
    for flat in range(n):
        src = 0
        for ax, i in enumerate(idx):
            if shape[ax] != 1:
                src += i * strides[ax]
        out[flat] = values[src]
        for ax in range(len(target) - 1, -1, -1):
            idx[ax] += 1
            if idx[ax] < target[ax]:
                break
            idx[ax] = 0
    return out


def _check_shape(name, shape, *param_shapes):
    if param_shapes:
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
        if isinstance(other, _KeyDType):
            return True
        if isinstance(other, str):
            return other == "key<fry>"
        return NotImplemented

    def __ne__(self, other):
        eq = self.__eq__(other)
        return eq if eq is NotImplemented else not eq

    def __hash__(self):
        return hash("key<fry>")


_KEY_DTYPE = _KeyDType()


def _format_key(data, shape):
    try:
        from jaxlite._format import format_key_repr
    except ImportError:
        format_key_repr = None
    if format_key_repr is not None:
        return format_key_repr(list(data), tuple(shape))
    # Minimal stand-in used only while jaxlite._format is unavailable.
    return f"Array({tuple(shape)!r}, dtype=key<fry>) overlaying:\n{data!r}"


class _PRNGKeyArray:
    """An array of typed threefry2x32 keys (what `jax.random.key` returns)."""

    __slots__ = ("_data", "_shape")
    __hash__ = None
    __array_priority__ = 100

    def __init__(self, data, shape):
        self._data = list(data)
        self._shape = tuple(shape)

    # -- array-like attributes
    @property
    def shape(self):
        return self._shape

    @property
    def ndim(self):
        return len(self._shape)

    @property
    def size(self):
        return _math.prod(self._shape)

    @property
    def dtype(self):
        return _KEY_DTYPE

    @property
    def itemsize(self):
        return 8

    @property
    def nbytes(self):
        return 8 * self.size

    @property
    def T(self):
        if self.ndim < 2:
            return self
        return self.transpose()

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
        return _format_key(self._data, self._shape)

    def __str__(self):
        return _format_key(self._data, self._shape)

    def _pairs(self):
        d = self._data
        return [(d[2 * i], d[2 * i + 1]) for i in range(len(d) // 2)]

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
        pairs = self._pairs()
        shape = list(self._shape)
        # Walk the axes, turning each index into a list of positions.
        selections = []
        out_shape = []
        for ax, dim in enumerate(shape):
            idx = index[ax] if ax < len(index) else slice(None)
            if isinstance(idx, slice):
                pos = list(range(*idx.indices(dim)))
                selections.append(pos)
                out_shape.append(len(pos))
            else:
                try:
                    i = _operator.index(idx)
                except TypeError:
                    if _is_array(idx) and not idx.shape and "int" in _dtype_str(idx):
                        i = int(_concrete(idx, "key indexing")[0])
                    else:
                        raise TypeError(
                            "Indexing key arrays with this index is not available in "
                            "the in-browser runtime (jaxlite)") from None
                if i < 0:
                    i += dim
                # Like JAX's gather, out-of-range integer indices are clamped.
                i = min(max(i, 0), dim - 1)
                selections.append([i])
        strides = []
        acc = 1
        for d in reversed(shape):
            strides.append(acc)
            acc *= d
        strides.reverse()
        flat = [0]
        for ax, pos in enumerate(selections):
            flat = [f + p * strides[ax] for f in flat for p in pos]
        data = []
        for f in flat:
            data.extend(pairs[f])
        return _PRNGKeyArray(data, out_shape)

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
        pairs = self._pairs()
        idx = _transpose_indices(self._shape, axes)
        data = []
        for i in idx:
            data.extend(pairs[i])
        return _PRNGKeyArray(data, tuple(self._shape[a] for a in axes))

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

    def __neg__(self):
        raise TypeError("neg does not accept dtype key<fry>. Accepted dtypes are subtypes "
                        "of integer, floating, complexfloating.")

    def __abs__(self):
        raise TypeError("abs does not accept dtype key<fry>. Accepted dtypes are subtypes "
                        "of floating, complexfloating, signedinteger.")

    def __invert__(self):
        raise TypeError("not does not accept dtype key<fry>. Accepted dtypes are subtypes "
                        "of integer, bool.")


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
    ndim = len(shape) + 1
    if not -ndim <= axis < ndim:
        raise ValueError(f"axis {axis} is out of bounds for array of dimension {ndim}")
    axis %= ndim
    data = []
    for k in keys:
        data.extend(k._data)
    stacked = _PRNGKeyArray(data, (len(keys),) + shape)
    if axis == 0:
        return stacked
    order = list(range(1, ndim))
    order.insert(axis, 0)
    return stacked.transpose(order)


def _transpose_indices(shape, axes):
    strides = []
    acc = 1
    for d in reversed(shape):
        strides.append(acc)
        acc *= d
    strides.reverse()
    new_shape = [shape[a] for a in axes]
    out = [0]
    for ax, dim in zip(axes, new_shape, strict=True):
        out = [o + i * strides[ax] for o in out for i in range(dim)]
    return out


# ---------------------------------------------------------------- key checks


def _impl_check(impl):
    if impl is None:
        return
    name = impl
    if not isinstance(name, str):
        name = getattr(impl, "name", None) or str(impl)
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
    if not all(hasattr(x, a) for a in ("ndim", "shape", "dtype")):
        raise TypeError("JAX encountered invalid PRNG key data: expected key_data "
                        f"to have ndim, shape, and dtype attributes. Got {x}")
    shape = tuple(x.shape)
    if len(shape) < 1:
        raise TypeError("JAX encountered invalid PRNG key data: expected "
                        f"key_data.ndim >= 1; got ndim={len(shape)}")
    if shape[-1:] != (2,):
        raise TypeError(
            "JAX encountered invalid PRNG key data: expected key_data.shape to end "
            f"with (2,); got shape={shape} for impl=PRNGImpl(key_shape=(2,), "
            "name='threefry2x32', tag='fry')")
    if _dtype_str(x) != "uint32":
        raise TypeError("JAX encountered invalid PRNG key data: expected "
                        f"key_data.dtype = uint32; got dtype={_dtype_str(x)}")
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
    if dtype is not None:
        if impl is not None:
            raise ValueError(
                "Cannot specify both `impl` and `dtype` arguments to jax.random.key")
        impl = dtype
    _impl_check(impl)
    k0, k1 = _seed_data("key", seed)
    return _PRNGKeyArray([k0, k1], ())


def PRNGKey(seed, *, impl=None):
    """A legacy raw key: a uint32 array of shape (2,)."""
    _impl_check(impl)
    k0, k1 = _seed_data("PRNGKey", seed)
    return _make_array([k0, k1], (2,), "uint32")


def split(key, num=2):
    """Split a key into `num` new keys (`num` an int or a shape tuple)."""
    k0, k1, raw = _single_key("split", key)
    if isinstance(num, (tuple, list)):
        shape = tuple(_operator.index(d) for d in num)
    else:
        shape = (_operator.index(num),)
    if any(d < 0 for d in shape):
        raise ValueError(f"split: num must be non-negative, got {num}")
    flat = []
    for a, b in _prng.split(k0, k1, shape):
        flat.append(a)
        flat.append(b)
    return _return_keys(flat, shape, raw)


def _as_uint32_scalar(data, fname):
    if isinstance(data, bool):
        return int(data)
    if isinstance(data, int):
        if not 0 <= data <= _MASK32:
            raise OverflowError(f"Python integer {data} out of bounds for uint32")
        return data
    if isinstance(data, float):
        if _math.isnan(data) or _math.isinf(data):
            return 0
        return int(data) & _MASK32
    if _is_array(data):
        v = _concrete(data, fname)[0]
        if isinstance(v, float):
            if _math.isnan(v) or _math.isinf(v):
                return 0
            v = int(v)
        return int(v) & _MASK32
    if hasattr(data, "__index__"):
        return _as_uint32_scalar(_operator.index(data), fname)
    raise TypeError(f"fold_in: cannot interpret {data!r} as uint32 data")


def fold_in(key, data):
    """A new key that deterministically mixes the 32-bit integer `data` into `key`."""
    k0, k1, raw = _single_key("fold_in", key)
    if _is_array(data) and data.shape:
        raise TypeError("fold_in accepts a scalar, but was given an array of"
                        f"shape {tuple(data.shape)} != (). Use jax.vmap for batching.")
    d = _as_uint32_scalar(data, "fold_in")
    a, b = _prng.fold_in(k0, k1, d)
    return _return_keys([a, b], (), raw)


def clone(key):
    """The same key (JAX's clone only matters to its key-reuse checker)."""
    return key


def key_data(keys):
    """The uint32 data under a key array (trailing dimension 2)."""
    data, shape, _ = _check_key("key_data", keys, allow_batched=True)
    return _make_array(list(data), tuple(shape) + (2,), "uint32")


def wrap_key_data(key_bits_array, *, impl=None, dtype=None):
    """Typed keys from a uint32 array whose last dimension is 2."""
    if dtype is not None:
        if impl is not None:
            raise ValueError("Cannot specify both `impl` and `dtype` arguments to"
                             " jax.random.wrap_key_data")
        impl = dtype
    _impl_check(impl)
    data, shape = _raw_key_data_check(key_bits_array)
    return _PRNGKeyArray(data, shape)


def key_impl(keys):
    """The name of the PRNG implementation behind `keys` (always threefry2x32)."""
    _check_key("key_impl", keys, allow_batched=True)
    return _IMPL_NAME


def key_dtype(impl=None):
    """The dtype of typed keys for `impl` (only threefry2x32: `key<fry>`)."""
    _impl_check(impl)
    return _KEY_DTYPE


# ---------------------------------------------------------------- parameters


def _param(value, fname, argname, position):
    """(flat values, shape, dtype name) of a sampler parameter (number or concrete array)."""
    if isinstance(value, _SCALAR_TYPES):
        return [value], (), _python_scalar_dtype(value)
    if _is_array(value):
        return _concrete(value, fname), tuple(value.shape), _dtype_str(value)
    if isinstance(value, _PRNGKeyArray):
        raise TypeError(f"{fname} does not accept dtypes key<fry>.")
    raise TypeError(f"{fname} requires ndarray or scalar arguments, got "
                    f"{type(value)} at position {position}.")


def _to_float32_list(values, dtype):
    if dtype == "bool":
        return [1.0 if v else 0.0 for v in values]
    return [_prng.f32(float(v)) for v in values]


# ---------------------------------------------------------------- samplers


def bits(key, shape=(), dtype=None):
    """Uniform random unsigned integers (uint32 by default)."""
    k0, k1, _ = _single_key("bits", key)
    name = _dtype_name(dtype, "uint32")
    if not _is_unsigned(name):
        raise ValueError("dtype argument to `bits` must be an unsigned int dtype, "
                         f"got {name}")
    shape = _canonical_shape(shape)
    if name != "uint32":
        raise _not_available(f"bits with dtype={name}")
    return _make_array(_prng.random_bits(k0, k1, _math.prod(shape)), shape, "uint32")


def _uniform_values(k0, k1, shape, minval, maxval, fname):
    lo, lo_shape, lo_dt = _param(minval, fname, "minval", 0)
    hi, hi_shape, hi_dt = _param(maxval, fname, "maxval", 1)
    n = _math.prod(shape)
    for pshape in (lo_shape, hi_shape):
        if len(pshape) > len(shape) or _broadcast_shapes(shape, pshape) != shape:
            raise TypeError(f"{fname}: minval/maxval of shape {pshape} cannot be "
                            f"broadcast to the requested shape {shape}")
    lo = _broadcast_values(_to_float32_list(lo, lo_dt), lo_shape, shape)
    hi = _broadcast_values(_to_float32_list(hi, hi_dt), hi_shape, shape)
    return _prng.uniform_from_bits(_prng.random_bits(k0, k1, n), lo, hi)


def _float_dtype(fname, dtype, what="a float dtype"):
    name = _dtype_name(dtype, "float32")
    if not _is_float(name):
        raise ValueError(f"dtype argument to `{fname}` must be {what}, got {name}")
    if name != "float32":
        raise _not_available(f"{fname} with dtype={name}")
    return name


def uniform(key, shape=(), dtype=None, minval=0.0, maxval=1.0):
    """Uniform float32 samples in [minval, maxval)."""
    k0, k1, _ = _single_key("uniform", key)
    name = _dtype_name(dtype, "float32")
    shape = _canonical_shape(shape)
    if not _is_float(name):
        raise ValueError(f"dtype argument to `uniform` must be a float dtype, got {name}")
    if name != "float32":
        raise _not_available(f"uniform with dtype={name}")
    vals = _uniform_values(k0, k1, shape, minval, maxval, "uniform")
    return _make_array(vals, shape, "float32")


def normal(key, shape=(), dtype=None):
    """Standard normal float32 samples."""
    k0, k1, _ = _single_key("normal", key)
    shape = _canonical_shape(shape)
    name = _dtype_name(dtype, "float32")
    if not (_is_float(name) or name.startswith("complex")):
        raise ValueError("dtype argument to `normal` must be a float or complex dtype, "
                         f"got {name}")
    if name != "float32":
        raise _not_available(f"normal with dtype={name}")
    return _make_array(_prng.normal(k0, k1, _math.prod(shape)), shape, "float32")


def exponential(key, shape=(), dtype=None):
    """Exponential(1) float32 samples: -log1p(-u) for uniform u."""
    k0, k1, _ = _single_key("exponential", key)
    shape = _canonical_shape(shape)
    name = _dtype_name(dtype, "float32")
    if not _is_float(name):
        raise ValueError("dtype argument to `exponential` must be a float dtype, "
                         f"got {name}")
    if name != "float32":
        raise _not_available(f"exponential with dtype={name}")
    us = _prng.uniform_from_bits(_prng.random_bits(k0, k1, _math.prod(shape)))
    vals = [-_prng.log1p32(-u) for u in us]
    return _make_array(vals, shape, "float32")


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
    vals, shape, dt = _param(value, "randint", argname, position)
    if dt == "bool":
        return [int(v) for v in vals], shape, "bool"
    if _is_int(dt):
        return [int(v) for v in vals], shape, dt
    # Floats are cast to int32 as XLA does: truncation, saturating at the ends.
    out = []
    for v in vals:
        v = _prng.f32(float(v))
        if v != v:
            out.append(0)
        elif v >= 2.0 ** 31:
            out.append(_INT32_MAX)
        elif v < -(2.0 ** 31):
            out.append(_INT32_MIN)
        else:
            out.append(int(v))
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
    if isinstance(p, _SCALAR_TYPES):
        ps, p_shape, p_dt = [p], (), _python_scalar_dtype(p)
    elif _is_array(p):
        ps, p_shape, p_dt = _concrete(p, "bernoulli"), tuple(p.shape), _dtype_str(p)
    else:
        raise TypeError(f"bernoulli: cannot interpret p of type {type(p)}")
    if not _is_float(p_dt):
        raise TypeError(f"bernoulli probability `p` must have a floating dtype, got {p_dt}.")
    if p_dt != "float32":
        raise _not_available(f"bernoulli with p of dtype {p_dt}")
    if shape is None:
        shape = p_shape
    else:
        _check_shape("bernoulli", shape, p_shape)
    ps = _broadcast_values([_prng.f32(float(v)) for v in ps], p_shape, shape)
    n = _math.prod(shape)
    if mode == "low":
        vals = _prng.bernoulli(k0, k1, n, ps)
    else:
        us = _prng.uniform_from_bits(_prng.random_bits(k0, k1, 2 * n))
        u1, u2 = us[:n], us[n:]
        scale = 2.0 ** -23
        vals = [u2[i] * scale < _prng.f32(ps[i] - u1[i]) for i in range(n)]
    return _make_array(vals, shape, "bool")


def permutation(key, x, axis=0, independent=False):
    """A shuffled copy of array `x` along `axis`, or a permutation of range(x) for an int."""
    k0, k1, _ = _single_key("permutation", key)
    if isinstance(x, _SCALAR_TYPES):
        values, shape, dt, weak = [x], (), _python_scalar_dtype(x), True
    elif _is_array(x):
        values, shape = None, tuple(x.shape)
        dt, weak = _dtype_str(x), bool(getattr(x, "weak_type", False))
    else:
        raise TypeError("permutation requires ndarray or scalar arguments, got "
                        f"{type(x)} at position 0.")
    ndim = len(shape) or 1
    axis = _operator.index(axis)
    if not -ndim <= axis < ndim:
        raise ValueError(f"axis {axis} is out of bounds for array of dimension {ndim}")
    if axis < 0:
        axis += ndim
    if not shape:
        if not _is_int(dt):
            raise TypeError("x must be an integer or at least 1-dimensional")
        r = int(values[0]) if values is not None else int(_concrete(x, "permutation")[0])
        return _make_array(_prng.permutation(k0, k1, max(r, 0)), (max(r, 0),), "int32")
    values = _concrete(x, "permutation")
    if independent or len(shape) == 1:
        out = _prng.shuffle(k0, k1, values, shape, axis)
    else:
        order = _prng.permutation(k0, k1, shape[axis])
        outer = _math.prod(shape[:axis])
        inner = _math.prod(shape[axis + 1:])
        length = shape[axis]
        out = []
        for o in range(outer):
            for t in order:
                start = (o * length + t) * inner
                out.extend(values[start:start + inner])
    return _make_array(out, shape, dt, weak)


# ---------------------------------------------------------------- log-based samplers


def _simple_float_sampler(fname, key, shape, dtype, count, make):
    k0, k1, _ = _single_key(fname, key)
    name = _dtype_name(dtype, "float32")
    if not _is_float(name):
        raise ValueError(f"dtype argument to `{fname}` must be a float dtype, got {name}")
    shape = _canonical_shape(shape)
    if name != "float32":
        raise _not_available(f"{fname} with dtype={name}")
    n = _math.prod(shape)
    return _make_array(make(_prng.random_bits(k0, k1, count * n)), shape, "float32")


def _gumbel_mode(mode):
    if mode is None:
        mode = "low"
    if mode not in ("highest", "high", "low"):
        raise ValueError(f"Must provide valid mode for gumbel got: {mode}")
    if mode == "highest":
        raise _not_available("gumbel with mode='highest'")
    return mode


def gumbel(key, shape=(), dtype=None, mode=None):
    """Standard Gumbel float32 samples (mode 'low' or 'high')."""
    k0, k1, _ = _single_key("gumbel", key)
    name = _dtype_name(dtype, "float32")
    if not _is_float(name):
        raise ValueError(f"dtype argument to `gumbel` must be a float dtype, got {name}")
    shape = _canonical_shape(shape)
    mode = _gumbel_mode(mode)
    if name != "float32":
        raise _not_available(f"gumbel with dtype={name}")
    return _make_array(_gumbel_values(k0, k1, _math.prod(shape), mode), shape, "float32")


def _gumbel_values(k0, k1, n, mode):
    count = n if mode == "low" else 2 * n
    return _prng.gumbel_from_bits(_prng.random_bits(k0, k1, count), mode)


def logistic(key, shape=(), dtype=None):
    """Standard logistic float32 samples: log(u) - log1p(-u)."""
    return _simple_float_sampler("logistic", key, shape, dtype, 1, _prng.logistic_from_bits)


def laplace(key, shape=(), dtype=None):
    """Standard Laplace float32 samples: sign(u) * log1p(-|u|)."""
    return _simple_float_sampler("laplace", key, shape, dtype, 1, _prng.laplace_from_bits)


def rademacher(key, shape=(), dtype=None):
    """Samples of -1 and +1 with equal probability (int32 by default)."""
    k0, k1, _ = _single_key("rademacher", key)
    name = _dtype_name(dtype, "int32")
    shape = _canonical_shape(shape)
    if name not in ("int32", "float32", "uint32"):
        raise _not_available(f"rademacher with dtype={name}")
    n = _math.prod(shape)
    flags = _prng.bernoulli(k0, k1, n, 0.5)
    if name == "float32":
        vals = [1.0 if b else -1.0 for b in flags]
    elif name == "uint32":
        vals = [1 if b else _MASK32 for b in flags]
    else:
        vals = [1 if b else -1 for b in flags]
    return _make_array(vals, shape, name)


# ---------------------------------------------------------------- categorical / choice


def _array_arg(x, fname):
    """(flat values, shape, dtype name, weak) of an array-like argument (no lists)."""
    if isinstance(x, _SCALAR_TYPES):
        return [x], (), _python_scalar_dtype(x), True
    if _is_array(x):
        return (_concrete(x, fname), tuple(x.shape), _dtype_str(x),
                bool(getattr(x, "weak_type", False)))
    raise TypeError(f"{fname} requires ndarray or scalar arguments, got {type(x)} "
                    "at position 0.")


def _moveaxis_to_last(values, shape, axis):
    """Flat values and shape with `axis` moved to the end."""
    order = [a for a in range(len(shape)) if a != axis] + [axis]
    idx = _transpose_indices(shape, order)
    return [values[i] for i in idx], tuple(shape[a] for a in order)


def _argmax_last(values, length):
    out = []
    for start in range(0, len(values), length):
        row = values[start:start + length]
        best = 0
        for i, v in enumerate(row):
            if v != v:
                # argmax reports the first NaN.
                best = i
                break
            if v > row[best]:
                best = i
        out.append(best)
    return out


def _top_k_indices(row, k):
    # Descending by value; equal values keep their original order.
    return sorted(range(len(row)), key=lambda i: -row[i])[:k]


def _normalize_axis(axis, ndim):
    axis = _operator.index(axis)
    if not -ndim <= axis < ndim:
        raise ValueError(f"axis {axis} is out of bounds for array of dimension {ndim}")
    return axis + ndim if axis < 0 else axis


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
        if _is_float(ldt) or ldt.startswith("complex"):
            raise _not_available(f"categorical with logits of dtype {ldt}")
        raise ValueError(f"dtype argument to `gumbel` must be a float dtype, got {ldt}")
    mode = _gumbel_mode(mode)
    logits_f = [_prng.f32(float(v)) for v in vals]
    prefix = shape[:len(shape) - len(batch_shape)]
    if replace:
        full_shape = prefix + lshape
        n = _math.prod(full_shape)
        noise = _gumbel_values(k0, k1, n, mode)
        tiled = _broadcast_values(logits_f, lshape, full_shape)
        summed = [_prng.f32(g + v) for g, v in zip(noise, tiled, strict=True)]
        moved, mshape = _moveaxis_to_last(summed, full_shape, len(prefix) + ax)
        if not mshape[-1]:
            raise ValueError("attempt to get argmax of an empty sequence")
        idx = _argmax_last(moved, mshape[-1])
        return _make_array(idx, shape, "int32")
    n = _math.prod(lshape)
    noise = _gumbel_values(k0, k1, n, mode)
    summed = [_prng.f32(v + g) for v, g in zip(logits_f, noise, strict=True)]
    k = _math.prod(prefix)
    if k > lshape[ax]:
        raise ValueError(f"Number of samples without replacement ({k}) cannot exceed "
                         f"number of categories ({lshape[ax]}).")
    moved, mshape = _moveaxis_to_last(summed, lshape, ax)
    length = mshape[-1]
    rows = [_top_k_indices(moved[s:s + length], k) for s in range(0, len(moved), length)]
    # Sample j of every batch entry goes to the leading (prefix) position j.
    nb = len(rows)
    out = [rows[b][j] for j in range(k) for b in range(nb)]
    return _make_array(out, shape, "int32")


def _take_along(values, shape, axis, indices):
    """jnp.take(arr, indices, axis) for flat row-major values; returns flat values."""
    outer = _math.prod(shape[:axis])
    length = shape[axis]
    inner = _math.prod(shape[axis + 1:])
    out = []
    for o in range(outer):
        for i in indices:
            start = (o * length + i) * inner
            out.extend(values[start:start + inner])
    return out


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
    out_shape = shape if not ashape else ashape[:axis] + shape + ashape[axis + 1:]
    if n_draws == 0:
        zero = 0.0 if _is_float(adt) else (False if adt == "bool" else 0)
        return _make_array([zero] * _math.prod(shape), shape, adt)
    if n_inputs <= 0:
        raise ValueError("a must be greater than 0 unless no samples are taken")
    if not replace and n_draws > n_inputs:
        raise ValueError(f"Cannot take a larger sample (size {n_draws}) than population "
                         f"(size {n_inputs}) when 'replace=False'")
    if p is None:
        if replace:
            ind = _prng.randint(k0, k1, n_draws, 0, n_inputs)
        else:
            ind = _prng.permutation(k0, k1, n_inputs)[:n_draws]
    else:
        pvals, pshape, pdt, _ = _array_arg(p, "choice")
        if pshape != (n_inputs,):
            raise ValueError(
                "p must be None or a 1D vector with the same size as a.shape[axis]. "
                f"p has shape {pshape} and a.shape[axis] is {n_inputs}.")
        if pdt not in ("float32", "int32", "bool", "uint32"):
            raise _not_available(f"choice with p of dtype {pdt}")
        pf = [_prng.f32(float(v)) for v in pvals]
        if replace:
            cum = []
            acc = 0.0
            for v in pf:
                acc = _prng.f32(acc + v)
                cum.append(acc)
            us = _prng.uniform_from_bits(_prng.random_bits(k0, k1, n_draws))
            ind = []
            for u in us:
                r = _prng.f32(cum[-1] * _prng.f32(1.0 - u))
                ind.append(sum(1 for c in cum if c < r))
        else:
            g = _gumbel_values(k0, k1, n_inputs, _gumbel_mode(mode))
            scores = [_prng.f32(gv + _prng.log32(pv)) for gv, pv in zip(g, pf, strict=True)]
            ind = _top_k_indices(scores, n_draws)
    if not ashape:
        return _make_array(ind, shape, "int32")
    return _make_array(_take_along(avals, ashape, axis, ind), out_shape, adt, aweak)


def truncated_normal(key, lower, upper, shape=None, dtype=None):
    """Standard normal float32 samples restricted to the open interval (lower, upper)."""
    if shape is not None:
        shape = _canonical_shape(shape)
    k0, k1, _ = _single_key("truncated_normal", key)
    name = _dtype_name(dtype, "float32")
    if not _is_float(name):
        raise ValueError("dtype argument to `truncated_normal` must be a float dtype, "
                         f"got {name}")
    if name != "float32":
        raise _not_available(f"truncated_normal with dtype={name}")
    lo, lo_shape, lo_dt = _param(lower, "truncated_normal", "lower", 0)
    hi, hi_shape, hi_dt = _param(upper, "truncated_normal", "upper", 1)
    if shape is None:
        shape = _broadcast_shapes(lo_shape, hi_shape)
    else:
        _check_shape("truncated_normal", shape, lo_shape, hi_shape)
    lo = _broadcast_values(_to_float32_list(lo, lo_dt), lo_shape, shape)
    hi = _broadcast_values(_to_float32_list(hi, hi_dt), hi_shape, shape)
    n = _math.prod(shape)
    vals = _prng.truncated_normal_from_bits(_prng.random_bits(k0, k1, n), lo, hi)
    return _make_array(vals, shape, "float32")
