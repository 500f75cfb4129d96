"""Text for printing jaxlite arrays, matching JAX 0.10.2 with numpy 2.x default print options."""

import functools
import math
import struct

# numpy's default print options, which JAX leaves untouched.
_LINE_WIDTH = 75
_THRESHOLD = 1000
_EDGE_ITEMS = 3
_PRECISION = 8

# numpy compares a float32 array minimum against the Python literal 1e-4 cast to float32 (NEP 50
# weak scalars), so the cut-off is the float32 nearest to 1e-4, not 1e-4 itself.
_F32_SMALL = struct.unpack("<f", struct.pack("<f", 1e-4))[0]
# For float32 the switch to scientific notation happens at 10**precision(=6).
_F32_LARGE = 1e6

_LOG10_2 = 0.30102999566398119521373889472449
_KEY_WORDS = {"fry": 2, "rbg": 4, "unsafe_rbg": 4}


# ---- float32 decomposition and Dragon4 digit generation -----------------------------------------


def _f32_bits(x):
    """The bits of x rounded to float32 (out of range rounds to infinity)."""
    try:
        return struct.unpack("<I", struct.pack("<f", x))[0]
    except OverflowError:
        return 0xFF800000 if x < 0 else 0x7F800000


def _round_f32(x):
    return struct.unpack("<f", struct.pack("<I", _f32_bits(x)))[0]


@functools.lru_cache(maxsize=1 << 14)
def _dragon4(mant, exp2, mant_bit, unequal, fractional, cutoff_max, cutoff_min):
    """Shortest decimal digits of mant * 2**exp2 and the power of ten of the first one.

    A port of the arithmetic (not the code) of numpy's Dragon4 in unique mode: the digit loop
    stops as soon as the digits identify the float uniquely (but never before cutoff_min) or at
    cutoff_max, and the last digit is then rounded half-to-even on the exact remainder. Python
    ints stand in for numpy's fixed-size big integers, which changes nothing numerically.
    """
    if mant == 0:
        return "0", 0
    even = mant % 2 == 0
    extra = 2 if unequal else 1
    if exp2 > 0:
        value, scale, margin = mant << (exp2 + extra), 1 << extra, 1 << exp2
    else:
        value, scale, margin = mant << extra, 1 << (extra - exp2), 1
    high_factor = 2 if unequal else 1

    k = math.ceil((mant_bit + exp2) * _LOG10_2 - 0.69)
    if cutoff_max >= 0 and fractional and k <= -cutoff_max:
        k = -cutoff_max + 1
    if k > 0:
        scale *= 10**k
    elif k < 0:
        p = 10 ** (-k)
        value *= p
        margin *= p
    if value >= scale:
        k += 1
    else:
        value *= 10
        margin *= 10

    # numpy's output buffer is 16 kB; it never limits a float32.
    stop_exp = k - 16384
    if cutoff_max >= 0:
        stop_exp = max(stop_exp, -cutoff_max if fractional else k - cutoff_max)
    min_exp = k
    if cutoff_min >= 0:
        min_exp = min(min_exp, -cutoff_min if fractional else k - cutoff_min)
    first_exp = k - 1

    digits = []
    while True:
        k -= 1
        d, value = divmod(value, scale)
        upper = value + margin * high_factor
        low = value <= margin if even else value < margin
        high = upper >= scale if even else upper > scale
        if ((low or high) and k <= min_exp) or k == stop_exp:
            break
        digits.append(d)
        value *= 10
        margin *= 10

    round_down = low
    if low == high:
        twice = 2 * value
        round_down = twice < scale or (twice == scale and d % 2 == 0)
    if round_down:
        digits.append(d)
    elif d < 9:
        digits.append(d + 1)
    else:
        while digits and digits[-1] == 9:
            digits.pop()
        if digits:
            digits[-1] += 1
        else:
            digits = [1]
            first_exp += 1
    return "".join(map(str, digits)), first_exp


def _decompose(x, double=False):
    """(sign, text if inf or nan, Dragon4 arguments) of x as a float32 (float64 if double)."""
    if double:
        bits, mant_bits, exp_bits = struct.unpack("<Q", struct.pack("<d", x))[0], 52, 11
    else:
        bits, mant_bits, exp_bits = _f32_bits(x), 23, 8
    top = (1 << exp_bits) - 1
    bias = (top >> 1) + mant_bits
    sign = "-" if bits >> (mant_bits + exp_bits) else ""
    bexp = (bits >> mant_bits) & top
    frac = bits & ((1 << mant_bits) - 1)
    if bexp == top:
        # nan never shows its sign bit
        return sign, (sign + "inf" if frac == 0 else "nan"), None
    if not bexp:  # subnormal
        return sign, None, (frac, 1 - bias, frac.bit_length() - 1 if frac else 0, False)
    return sign, None, ((1 << mant_bits) | frac, bexp - bias, mant_bits, bexp != 1 and not frac)


def _positional(x, precision=-1, min_digits=-1, fractional=True, trim=".", pad_left=-1,
                pad_right=-1, double=False):
    """numpy's positional text of a float32 (float64 if double), in unique-digits mode.

    trim (numpy's modes in use here): '.' drops trailing zeros, '0' keeps one after the point.
    """
    sign, special, args = _decompose(x, double)
    if special:
        return special
    digits, pexp = _dragon4(*args, fractional, precision, min_digits)
    if pexp >= 0:
        whole = pexp + 1
        int_part, frac = digits[:whole].ljust(whole, "0"), digits[whole:]
    else:
        whole, int_part, frac = 1, "0", "0" * (-pexp - 1) + digits
    frac = frac.rstrip("0")
    if trim == "0":
        frac = frac or "0"
    text = int_part + "." + frac + " " * (pad_right - len(frac))
    return " " * (pad_left - whole - len(sign)) + sign + text


def _scientific(x, precision=-1, min_digits=-1, trim=".", pad_left=-1, exp_digits=-1,
                double=False):
    """numpy's scientific text of a float32 (float64 if double), in unique-digits mode.

    trim: 'k' pads the digits with zeros to min_digits, '.' drops trailing zeros, '-' drops
    them and a bare point too.
    """
    sign, special, args = _decompose(x, double)
    if special:
        return special
    digits, pexp = _dragon4(*args, False, precision + 1 if precision >= 0 else -1,
                            min_digits + 1 if min_digits >= 0 else -1)
    frac = digits[1:]
    point = "" if trim == "-" and not frac else "."
    # unlike the positional case, a bare '.' is kept here
    frac = frac.ljust(min_digits, "0") if trim == "k" else frac.rstrip("0")
    exp_digits = min(exp_digits if exp_digits >= 0 else 2, 5)
    exp_text = "e" + ("+" if pexp >= 0 else "-") + str(abs(pexp)).rjust(exp_digits, "0")
    return " " * (pad_left - 1 - len(sign)) + sign + digits[0] + point + frac + exp_text


def _scalar_float_str(x):
    """str() of a numpy float32 scalar (also str() of a 0-d float32 array)."""
    x = float(x)
    if x == 0 or (1e-4 <= abs(x) < _F32_LARGE):
        return _positional(x, trim="0", fractional=False)
    return _scientific(x, trim="-")


# ---- element formatters: one per array, sized from every element shown ------------------------


class _FloatFormatter:
    """Column layout for float32 elements (numpy's 'maxprec' float mode).

    precision is numpy's print precision (array_repr's argument); double lays out float64.
    """

    def __init__(self, shown, precision=_PRECISION, double=False):
        self.double = double
        finite = [v for v in shown if math.isfinite(v)]
        magnitudes = [abs(v) for v in finite if v != 0]
        self.scientific = False
        if magnitudes:
            top, bottom = max(magnitudes), min(magnitudes)
            # numpy's cut-offs: 10**min(8, decimal digits of the dtype), and the ratio
            # computed in the dtype
            if double:
                large, small, ratio = 1e8, 1e-4, top / bottom
            else:
                large, small, ratio = _F32_LARGE, _F32_SMALL, _round_f32(top / bottom)
            self.scientific = top >= large or bottom < small or ratio > 1000.0
        self.pad_left = self.pad_right = 0
        if self.scientific:
            texts = [_scientific(v, precision=precision, double=double) for v in finite]
            mants, _, exps = zip(*(t.partition("e") for t in texts), strict=True)
            ints, _, fracs = zip(*(m.partition(".") for m in mants), strict=True)
            self.exp_size = max(map(len, exps)) - 1
            self.precision = max(map(len, fracs))
            self.pad_left = max(map(len, ints))
            self.pad_right = self.exp_size + 2 + self.precision
        elif finite:
            texts = [_positional(v, precision=precision, double=double) for v in finite]
            ints, _, fracs = zip(*(t.partition(".") for t in texts), strict=True)
            self.pad_left, self.pad_right = max(map(len, ints)), max(map(len, fracs))
            self.precision = precision
        if len(finite) != len(shown):
            # 'nan', 'inf' or '-inf' must fit across the integer and fraction columns
            neg_inf = any(v < 0 for v in shown if math.isinf(v))
            self.pad_left = max(self.pad_left, 3 + neg_inf - (self.pad_right + 1))

    def __call__(self, v):
        if not math.isfinite(v):
            text = "nan" if math.isnan(v) else ("-inf" if v < 0 else "inf")
            return text.rjust(self.pad_left + self.pad_right + 1)
        if self.scientific:
            # numpy keeps every column's digits: min_digits is the precision here
            return _scientific(v, self.precision, self.precision, "k", self.pad_left,
                               self.exp_size, self.double)
        return _positional(v, self.precision, 0, True, ".", self.pad_left, self.pad_right,
                           self.double)


class _ComplexFormatter:
    """complex64 elements: a float column for the real parts, a signed one for the imaginary
    parts with 'j' before its padding (numpy's ComplexFloatingFormat)."""

    def __init__(self, shown, precision=_PRECISION):
        self.real = _FloatFormatter([v.real for v in shown], precision)
        self.imag = _FloatFormatter([v.imag for v in shown], precision)
        # the imaginary column always shows a sign, so its integer part is one wider
        finite = [v.imag for v in shown if math.isfinite(v.imag)]
        if finite and not self.imag.scientific:
            ints = [_positional(abs(v), precision=precision).partition(".")[0] for v in finite]
            self.imag.pad_left = max(len(t) for t in ints) + 1
        elif finite:
            ints = [_scientific(abs(v), precision=precision).partition(".")[0] for v in finite]
            self.imag.pad_left = max(len(t) for t in ints) + 1
        if len(finite) != len(shown):
            self.imag.pad_left = max(self.imag.pad_left, 4 - (self.imag.pad_right + 1))

    def __call__(self, v):
        i = self.imag(v.imag)
        if math.copysign(1.0, v.imag) > 0 or math.isnan(v.imag):
            first = len(i) - len(i.lstrip())
            i = i[:first - 1] + "+" + i[first:] if first else "+" + i
        end = len(i.rstrip())
        return self.real(v.real) + i[:end] + "j" + i[end:]


def _scalar_complex_str(v):
    """str() of a numpy complex64 scalar: '(3+4j)', '2j', '(1-0j)'."""
    def part(x):
        text = _scalar_float_str(x)
        return text[:-2] if text.endswith(".0") else text
    imag = part(abs(v.imag)) if not math.isnan(v.imag) else "nan"
    sign = "-" if math.copysign(1.0, v.imag) < 0 and not math.isnan(v.imag) else "+"
    if v.real == 0 and math.copysign(1.0, v.real) > 0:
        return ("-" if sign == "-" else "") + imag + "j"
    return f"({part(v.real)}{sign}{imag}j)"


def _int_formatter(shown):
    width = max(len(str(max(shown))), len(str(min(shown))))
    return lambda v: str(v).rjust(width)


def _bool_formatter(ndim):
    # ' True' lines up with 'False' except in 0-d arrays
    true_text = " True" if ndim else "True"
    return lambda v: true_text if v else "False"


def _py_type(dtype_name):
    """The Python type of the elements numpy hands out for the dtype: bool, int or float."""
    name = str(dtype_name)
    if name == "bool":
        return bool
    if name.startswith(("int", "uint")):
        return int
    if name in ("float32", "float64"):
        return float
    if name == "complex64":
        return complex
    raise ValueError(f"jaxlite cannot format dtype {name!r}")


# ---- layout of nested brackets (numpy's array2string) -------------------------------------------


def _size(shape):
    n = 1
    for d in shape:
        n *= d
    return n


def _shown_indices(n, summarise):
    if summarise and n > 2 * _EDGE_ITEMS:
        return list(range(_EDGE_ITEMS)) + list(range(n - _EDGE_ITEMS, n))
    return list(range(n))


def _strides(shape):
    strides = []
    stride = _size(shape)
    for n in shape:
        stride //= n
        strides.append(stride)
    return strides


def _shown_values(values, shape, summarise):
    offsets = [0]
    for n, stride in zip(shape, _strides(shape), strict=True):
        offsets = [o + i * stride for o in offsets for i in _shown_indices(n, summarise)]
    return [values[o] for o in offsets]


def _extend_line(text, line, word, width, prefix):
    # wrapping a line that holds nothing but the indent would not help
    if len(line) + len(word) > width and len(line) > len(prefix):
        text += line.rstrip() + "\n"
        line = prefix
    return text, line + word


def _layout(values, shape, fmt, line_width, prefix_len, separator, summarise):
    """The nested brackets of the elements fmt formats, wrapped as numpy wraps them."""
    ndim = len(shape)
    strides = _strides(shape)
    sep_tail = separator.rstrip()

    def block(axis, offset, indent, width):
        if axis == ndim:
            return fmt(values[offset])
        words = [block(axis + 1, offset + i * strides[axis], indent + " ", width - 1)
                 for i in _shown_indices(shape[axis], summarise)]
        if summarise and shape[axis] > 2 * _EDGE_ITEMS:
            words.insert(_EDGE_ITEMS, "...")
        if axis < ndim - 1:
            return "[" + (sep_tail + "\n" * (ndim - axis - 1) + indent).join(words) + "]"
        elem_width = width - max(len(sep_tail), 1)
        text, line = "", indent
        for word in words[:-1]:
            text, line = _extend_line(text, line, word, elem_width, indent)
            line += separator
        text, line = _extend_line(text, line, words[-1], elem_width, indent)
        return "[" + (text + line)[len(indent) :] + "]"

    return block(0, 0, " " * (1 + prefix_len), line_width)


def _array2string(values, shape, dtype_name, line_width, prefix_len, separator,
                  precision=_PRECISION):
    """numpy.array2string with default options (but precision) for a non-empty array."""
    py_type = _py_type(dtype_name)
    summarise = len(values) > _THRESHOLD
    # only the elements on show are converted: a summarised array may be huge
    shown = [py_type(v) for v in _shown_values(values, shape, summarise)]
    if py_type is float:
        fmt = _FloatFormatter(shown, precision, str(dtype_name) == "float64")
    elif py_type is complex:
        fmt = _ComplexFormatter(shown, precision)
    elif py_type is int:
        fmt = _int_formatter(shown)
    else:
        fmt = _bool_formatter(len(shape))
    return _layout(values, shape, lambda v: fmt(py_type(v)), line_width, prefix_len, separator,
                   summarise)


def _check(values, shape):
    shape = tuple(int(d) for d in shape)
    values = list(values)
    if len(values) != _size(shape):
        raise ValueError(f"{len(values)} values do not fill shape {shape}")
    return values, shape


# ---- public interface ---------------------------------------------------------------------------


def format_str(values, shape, dtype_name):
    """What str(x) / print(x) shows for a jaxlite array."""
    values, shape = _check(values, shape)
    if not values:
        return "[]"
    if shape:
        return _array2string(values, shape, dtype_name, _LINE_WIDTH, 0, " ")
    py_type = _py_type(dtype_name)
    if py_type is complex:
        return _scalar_complex_str(complex(values[0]))
    return _scalar_float_str(values[0]) if py_type is float else str(py_type(values[0]))


def format_repr(values, shape, dtype_name, weak_type=False):
    """What repr(x) shows for a jaxlite array, e.g. 'Array([1., 2.], dtype=float32)'."""
    values, shape = _check(values, shape)
    dtype_text = f"dtype={dtype_name}" + (", weak_type=True" if weak_type else "")
    prefix = "Array("
    if not values:
        return _close_repr(prefix, f"[], shape={shape!r}", dtype_text)
    # array2string leaves room for the ',' that follows the data
    body = _array2string(values, shape, dtype_name, _LINE_WIDTH - 1, len(prefix), ", ")
    return _close_repr(prefix, body, dtype_text)


def _close_repr(prefix, body, dtype_text):
    # JAX's own rule, including its quirk of padding with spaces (not a newline) when the dtype
    # does not fit after the last line.
    last_line = len(body) - body.rfind("\n") + 1
    gap = " " if last_line + len(dtype_text) + 2 <= _LINE_WIDTH else " " * len(prefix)
    return f"{prefix}{body},{gap}{dtype_text})"


# dtypes numpy's array_repr leaves out: its defaults on a 64-bit Linux
_NUMPY_IMPLIED_DTYPES = ("float64", "int64", "bool")


def format_numpy_repr(values, shape, dtype_name, precision=_PRECISION):
    """numpy.array_repr(x, precision=precision) for a numpy array of float32/float64/int/bool.

    Unlike JAX's repr, numpy names no implied dtype and moves the dtype to a new line when it
    does not fit (numpy.testing prints arrays this way).
    """
    values, shape = _check(values, shape)
    prefix = "array("
    extras = []
    if values:
        body = _array2string(values, shape, dtype_name, _LINE_WIDTH - 1, len(prefix), ", ",
                             precision)
        if len(values) > _THRESHOLD:
            extras.append(f"shape={shape!r}")
    else:
        body = "[]"
        if shape != (0,):
            extras.append(f"shape={shape!r}")
    if not values or str(dtype_name) not in _NUMPY_IMPLIED_DTYPES:
        extras.append(f"dtype={dtype_name}")
    if not extras:
        return f"{prefix}{body})"
    text = f"{prefix}{body},"
    extra = ", ".join(extras) + ")"
    last_line = len(text) - (text.rfind("\n") + 1)
    gap = "\n" + " " * len(prefix) if last_line + len(extra) + 1 > _LINE_WIDTH else " "
    return text + gap + extra


def format_numpy_scalar(value, dtype_name):
    """numpy.array2string(s) for a numpy scalar s, as numpy.testing reports differences."""
    return _array2string([value], (), dtype_name, _LINE_WIDTH, 0, " ")


def format_float0(shape, as_repr=False):
    """str() or repr() of a float0 gradient: JAX returns a numpy array of empty void records."""
    shape = tuple(shape)
    size = _size(shape)
    prefix = "TypedNdArray(" if as_repr else ""
    if not size:
        return f"{prefix}[], shape={shape!r}, dtype=void)" if as_repr else "[]"
    width, separator = (_LINE_WIDTH - 1, ", ") if as_repr else (_LINE_WIDTH, " ")
    body = _layout([None] * size, shape, lambda _: "(b'',)", width, len(prefix), separator,
                   size > _THRESHOLD)
    return _close_repr(prefix, body, "dtype=void") if as_repr else body


def format_spec(value, dtype_name, spec, shape=()):
    """format(x, spec) for a jaxlite array.

    For a 0-d array `value` is its single element (a 1-element list is also accepted), formatted
    as the Python float/int/bool numpy hands to format(). For other shapes pass the flat values
    and the shape: an empty spec gives str(x) and any other spec raises numpy's TypeError.
    """
    shape = tuple(shape)
    if shape:
        if spec:
            raise TypeError("unsupported format string passed to numpy.ndarray.__format__")
        return format_str(value, shape, dtype_name)
    if isinstance(value, (list, tuple)):
        (value,) = value
    return format(_py_type(dtype_name)(value), spec)


def _key_shapes(key_data, shape, impl_name):
    words = _KEY_WORDS.get(impl_name, 2)
    shape = tuple(int(d) for d in shape)
    n = _size(shape)
    if n and len(key_data) == n and shape[-1] == words:
        # the caller passed the shape of the underlying uint32 data
        return shape[:-1], shape
    if n:
        words = len(key_data) // n
    return shape, shape + (words,)


def format_key_repr(key_data, shape, impl_name="fry"):
    """repr() of a typed PRNG key array; `shape` is the key array's shape."""
    key_data = list(key_data)
    key_shape, data_shape = _key_shapes(key_data, shape, impl_name)
    data_text = format_str(key_data, data_shape, "uint32")
    return f"Array({key_shape!r}, dtype=key<{impl_name}>) overlaying:\n{data_text}"


def format_key_str(key_data, shape, impl_name="fry"):
    """str() of a typed PRNG key array, which JAX makes the same as repr()."""
    return format_key_repr(key_data, shape, impl_name)
