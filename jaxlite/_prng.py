"""Threefry2x32 counter-based PRNG and JAX's samplers on plain Python ints and floats."""

import math
import struct

_MASK32 = 0xFFFFFFFF
_ROTATIONS = ((13, 15, 26, 6), (17, 29, 16, 24))
_PARITY = 0x1BD11BDA

_F32 = struct.Struct("<f")
_U32 = struct.Struct("<I")
_F32_MAX = 3.4028234663852886e38
F32_TINY = 1.1754943508222875e-38  # smallest normal float32


def f32(x):
    """Round a Python float to the nearest float32 value (overflowing to +-inf)."""
    try:
        return _F32.unpack(_F32.pack(x))[0]
    except OverflowError:
        # struct refuses values beyond float32 range; XLA gives inf there,
        # except for values that still round down to FLT_MAX.
        if abs(x) < 3.4028235677973366e38:
            return math.copysign(_F32_MAX, x)
        return math.copysign(math.inf, x)


def _bits_to_f32(bits):
    return _F32.unpack(_U32.pack(bits))[0]


def _per_item(v, n):
    """A per-sample parameter as a list: lists pass through, scalars are repeated n times."""
    return v if isinstance(v, (list, tuple)) else [v] * n


# ---------------------------------------------------------------- threefry


def _hash_pair(k0, k1, x0, x1):
    ks = (k0, k1, k0 ^ k1 ^ _PARITY)
    x0 = (x0 + k0) & _MASK32
    x1 = (x1 + k1) & _MASK32
    for i in range(5):
        for r in _ROTATIONS[i & 1]:
            x0 = (x0 + x1) & _MASK32
            x1 = ((x1 << r) | (x1 >> (32 - r))) & _MASK32
            x1 ^= x0
        x0 = (x0 + ks[(i + 1) % 3]) & _MASK32
        x1 = (x1 + ks[(i + 2) % 3] + i + 1) & _MASK32
    return x0, x1


def threefry2x32(key0, key1, xs0, xs1):
    """Threefry-2x32 (20 rounds) over parallel count lists; keys may be ints or lists."""
    n = len(xs0)
    if len(xs1) != n:
        raise ValueError("threefry2x32: count lists must have equal length")
    k0s, k1s = _per_item(key0, n), _per_item(key1, n)
    pairs = [_hash_pair(k0s[i] & _MASK32, k1s[i] & _MASK32, xs0[i] & _MASK32, xs1[i] & _MASK32)
             for i in range(n)]
    return [p[0] for p in pairs], [p[1] for p in pairs]


def _iota_hashes(k0, k1, n):
    """Hash the 64-bit counters 0..n-1 (hi word, lo word), the partitionable layout."""
    pairs = [_hash_pair(k0, k1, i >> 32, i & _MASK32) for i in range(n)]
    return [p[0] for p in pairs], [p[1] for p in pairs]


# ---------------------------------------------------------------- keys


def seed(seed_int):
    """Key data (k0, k1) for `jax.random.key(seed_int)` with x64 disabled."""
    seed_int = int(seed_int)
    if not -(2 ** 63) <= seed_int < 2 ** 63:
        # JAX first converts Python ints to int64.
        raise OverflowError("Python int too large to convert to C long")
    # With x64 off the int64 is narrowed to int32, whose logical shift by 32
    # is zero, so only the low word survives.
    return 0, seed_int & _MASK32


def split(k0, k1, num=2):
    """Split one key into `num` keys (an int or a shape tuple), as a flat list of (k0, k1)."""
    n = math.prod(num) if isinstance(num, (tuple, list)) else num
    b0, b1 = _iota_hashes(k0, k1, n)
    return list(zip(b0, b1, strict=True))


def fold_in(k0, k1, data):
    """Key data for `jax.random.fold_in(key, data)`, with `data` already a uint32."""
    # JAX hashes the counts [0, data] split in halves: one pair (0, data).
    return _hash_pair(k0 & _MASK32, k1 & _MASK32, 0, data & _MASK32)


def random_bits(k0, k1, n, bit_width=32):
    """The n unsigned ints of `jax.random.bits` for any shape of size n (row-major)."""
    b0, b1 = _iota_hashes(k0, k1, n)
    if bit_width == 64:
        return [(a << 32) | b for a, b in zip(b0, b1, strict=True)]
    if bit_width not in (8, 16, 32):
        raise TypeError("requires 8-, 16-, 32- or 64-bit field width.")
    mask = (1 << bit_width) - 1
    return [(a ^ b) & mask for a, b in zip(b0, b1, strict=True)]


# ---------------------------------------------------------------- floats


def uniform_from_bits(bits, minval=0.0, maxval=1.0):
    """float32 samples in [minval, maxval) from uint32 bits (the mantissa trick).

    `minval` / `maxval` are floats or lists of floats (already broadcast to len(bits)).
    """
    n = len(bits)
    out = []
    for b, lo, hi in zip(bits, _per_item(minval, n), _per_item(maxval, n), strict=True):
        lo = f32(lo)
        unit = _bits_to_f32((b >> 9) | 0x3F800000) - 1.0
        # XLA's CPU backend contracts this multiply-add into one FMA.
        v = fma32(unit, f32(f32(hi) - lo), lo)
        # lax.max propagates NaN (and keeps `lo` on a tie, which matters for -0.0).
        out.append(math.nan if v != v or lo != lo else (v if v > lo else lo))
    return out


uniform = uniform_from_bits


def _f32_neighbour(r, toward):
    """The float32 adjacent to float32 `r` in the direction of `toward`."""
    if r == 0.0:
        tiny = _bits_to_f32(1)
        return tiny if toward > 0 else -tiny
    bits = _U32.unpack(_F32.pack(r))[0]
    bits += 1 if (toward > r) == (r > 0) else -1
    return _bits_to_f32(bits)


def fma32(a, b, c):
    """float32 fused multiply-add: a*b + c rounded once (XLA's CPU code contracts to FMA)."""
    prod = a * b  # exact: two 24-bit significands fit in a double
    s = prod + c
    # TwoSum recovers what the double addition dropped.
    bp = s - c
    err = (prod - bp) + (c - (s - bp))
    r = f32(s)
    if err == 0.0 or r == s or math.isinf(s):
        # Exact, or the dropped bits cannot move the value off float32 `s`.
        return r
    other = _f32_neighbour(r, s)
    if (r + other) / 2.0 == s:
        # s sits exactly on a float32 tie only because of the dropped bits:
        # the exact value lies on err's side of it.
        return max(r, other) if err > 0 else min(r, other)
    return r


def _poly(coeffs, x):
    """Horner's rule with float32 FMAs, highest-degree coefficient first."""
    p = coeffs[0]
    for c in coeffs[1:]:
        p = fma32(p, x, c)
    return p


def _f32s(*values):
    return tuple(f32(c) for c in values)


# Single-precision log as XLA's CPU backend evaluates it (Cephes-style
# polynomial after frexp); its results are not always correctly rounded,
# so normal() needs this exact sequence of float32 operations.
_LOG_P = _f32s(7.0376836292e-2, -1.1514610310e-1, 1.1676998740e-1, -1.2420140846e-1,
               1.4249322787e-1, -1.6668057665e-1, 2.0000714765e-1, -2.4999993993e-1,
               3.3333331174e-1)
_LOG_Q1 = f32(-2.12194440e-4)
_LOG_Q2 = f32(0.693359375)
_SQRT_HALF = f32(0.707106781186547524)


def log32(x):
    """float32 natural log matching XLA CPU bit for bit (positive normal inputs)."""
    if x != x or x < 0.0:
        return math.nan
    if x == 0.0:
        return -math.inf
    if math.isinf(x):
        return math.inf
    m, e = math.frexp(max(x, F32_TINY))
    e = float(e)
    if m < _SQRT_HALF:
        e -= 1.0
        m = f32(f32(m - 1.0) + m)
    else:
        m = f32(m - 1.0)
    m2 = f32(m * m)
    m3 = f32(m2 * m)
    # The degree-8 polynomial as XLA splits it: three quadratics in m joined in m**3.
    pieces = [_poly(_LOG_P[i:i + 3], m) for i in (0, 3, 6)]
    y = _poly((*pieces, f32(_LOG_Q1 * e)), m3)
    r = fma32(m2, -0.5, m)
    r = f32(r + y)
    return fma32(_LOG_Q2, e, r)


_LOG1P_NUM = _f32s(4.5270000862445199635215e-5, 4.9854102823193375972212e-1,
                   6.5787325942061044846969e0, 2.9911919328553073277375e1,
                   6.0949667980987787057556e1, 5.7112963590585538103336e1,
                   2.0039553499201281259648e1)
_LOG1P_DEN = _f32s(1.0, 1.5062909083469192043167e1, 8.3047565967967209469434e1,
                   2.2176239823732856465394e2, 3.0909872225312059774938e2,
                   2.1642788614495947685003e2, 6.0118660497603843919306e1)
_LOG1P_SMALL = f32(0.41421356237309504880)


def log1p32(x):
    """float32 log1p matching XLA CPU: log(1+x) for large |x|, a Cephes rational otherwise."""
    if not abs(x) < _LOG1P_SMALL:
        return log32(f32(x + 1.0))
    x2 = f32(x * x)
    r = f32(_poly(_LOG1P_NUM, x) / _poly(_LOG1P_DEN, x))
    r = f32(f32(x * x2) * r)
    r = fma32(-0.5, x2, r)
    return f32(x + r)


_ERFINV_SMALL = _f32s(2.81022636e-08, 3.43273939e-07, -3.5233877e-06, -4.39150654e-06,
                      0.00021858087, -0.00125372503, -0.00417768164, 0.246640727, 1.50140941)
_ERFINV_LARGE = _f32s(-0.000200214257, 0.000100950558, 0.00134934322, -0.00367342844,
                      0.00573950773, -0.0076224613, 0.00943887047, 1.00167406, 2.83297682)
_SQRT2_F32 = f32(math.sqrt(2.0))


def erfinv(x):
    """float32 inverse error function: XLA's single-precision (Giles) polynomial."""
    x = f32(x)
    if x != x:
        return math.nan
    if abs(x) >= 1.0:
        return math.copysign(math.inf, x) if abs(x) == 1.0 else math.nan
    w = -log1p32(-f32(x * x))
    if w < 5.0:
        p = _poly(_ERFINV_SMALL, f32(w - 2.5))
    else:
        p = _poly(_ERFINV_LARGE, f32(f32(math.sqrt(w)) - 3.0))
    return f32(p * x)


_NORMAL_LO = f32(-1.0 + 2.0 ** -24)  # nextafter(-1, 0) in float32


def normal_from_bits(bits):
    """Standard normal float32 samples from uint32 bits, as jax.random.normal."""
    return [f32(_SQRT2_F32 * erfinv(u)) for u in uniform_from_bits(bits, _NORMAL_LO, 1.0)]


def normal(k0, k1, n):
    return normal_from_bits(random_bits(k0, k1, n))


def bernoulli(k0, k1, n, p):
    """n booleans `uniform < p`; `p` a float or a list of n floats."""
    us = uniform_from_bits(random_bits(k0, k1, n))
    return [u < f32(q) for u, q in zip(us, _per_item(p, n), strict=True)]


# ---------------------------------------------------------------- integers

_INT_RANGE = {"int32": (-(2 ** 31), 2 ** 31 - 1), "uint32": (0, _MASK32)}


def randint(k0, k1, n, minval, maxval, dtype_name="int32", maxval_limit=None):
    """n integers in [minval, maxval) bit-identical to jax.random.randint (32-bit dtypes).

    `minval` / `maxval` are ints or lists of n ints in the bounds' own integer type;
    `maxval_limit` is the largest value of that type (it decides whether `maxval`
    exceeds the output range, as JAX checks).
    """
    lo_t, hi_t = _INT_RANGE[dtype_name]
    clip_max = hi_t if maxval_limit is None else min(hi_t, maxval_limit)
    (a0, a1), (b0, b1) = split(k0, k1, 2)
    higher = random_bits(a0, a1, n)
    lower = random_bits(b0, b1, n)
    lows, highs = _per_item(minval, n), _per_item(maxval, n)
    out = []
    for i in range(n):
        lo = min(max(lows[i], lo_t), hi_t)
        hi = min(max(highs[i], lo_t), hi_t)
        # A maxval beyond the output range makes the range include hi_t itself.
        span = 1 if hi <= lo else (hi - lo + (highs[i] > clip_max)) & _MASK32
        if span == 0:
            # XLA defines unsigned x % 0 as x, which leaves just the low bits.
            offset = lower[i]
        else:
            mult = (((2 ** 16 % span) ** 2) & _MASK32) % span
            offset = (((higher[i] % span) * mult) & _MASK32) + lower[i] % span
            offset = (offset & _MASK32) % span
        v = (lo + offset) & _MASK32
        out.append(v - 2 ** 32 if dtype_name == "int32" and v >= 2 ** 31 else v)
    return out


# ---------------------------------------------------------------- permutation


def permutation_rounds(size):
    """How many sort rounds JAX's shuffle uses for `size` elements."""
    return int(math.ceil(3 * math.log(max(1, size)) / math.log(2 ** 32 - 1)))


def shuffle(k0, k1, values, shape, axis=0):
    """JAX's sort-based shuffle of a flat row-major list along `axis` of `shape`."""
    size = len(values)
    shape = shape or (size,)
    length = shape[axis]
    inner = math.prod(shape[axis + 1:])
    for _ in range(permutation_rounds(size)):
        (k0, k1), (s0, s1) = split(k0, k1, 2)
        sort_keys = random_bits(s0, s1, size)
        result = [None] * size
        for o in range(math.prod(shape[:axis])):
            for j in range(inner):
                idx = [o * length * inner + j + t * inner for t in range(length)]
                # Python's sort is stable, like XLA's sort with is_stable=True.
                order = sorted(range(length), key=lambda t: sort_keys[idx[t]])
                for t, src in enumerate(order):
                    result[idx[t]] = values[idx[src]]
        values = result
    return list(values)


def permutation(k0, k1, n):
    """A permutation of range(n) as jax.random.permutation(key, n)."""
    return shuffle(k0, k1, list(range(n)), (n,), 0)


# ---------------------------------------------------------------- log-based samplers


def gumbel_from_bits(bits, mode="low"):
    """Standard Gumbel float32 samples, as jax.random.gumbel.

    mode "low" uses len(bits) values; mode "high" takes 2n bits (two uniforms each).
    """
    if mode == "low":
        return [-log32(-log32(u)) for u in uniform_from_bits(bits, F32_TINY, 1.0)]
    n = len(bits) // 2
    us = uniform_from_bits(bits)
    out = []
    for high, low in zip(us[:n], us[n:], strict=False):
        x = high if high >= 0.5 else f32(fma32(2.0 ** -23, low, high) + F32_TINY)
        out.append(-log32(-log1p32(-x)))
    return out


def logistic_from_bits(bits):
    us = uniform_from_bits(bits, F32_TINY, 1.0)
    return [f32(log32(u) - log1p32(-u)) for u in us]


def laplace_from_bits(bits):
    # sign(u) * log1p(-|u|)
    us = uniform_from_bits(bits, _NORMAL_LO, 1.0)
    return [f32(((u > 0) - (u < 0)) * log1p32(-abs(u))) for u in us]


# ---------------------------------------------------------------- erf / truncated normal

# XLA's float32 erf: an odd/even rational interpolant (Eigen's), saturating to
# +-1 beyond the point where erf rounds to one.
_ERF_CLAMP = f32(3.832506856900711)
_ERF_NUM = _f32s(0.00022905065861350646, 0.0034082910107109506, 0.050955695062380861,
                 0.18520832239976145, 1.128379143519084)
_ERF_DEN = _f32s(-1.1791602954361697e-7, 0.000023547966471313185, 0.0010179625278914885,
                 0.014070470171167667, 0.11098505178285362, 0.49746925110067538, 1.0)


def erf32(x):
    """float32 erf matching XLA CPU bit for bit."""
    x = f32(x)
    if x != x:
        return math.nan
    if abs(x) >= _ERF_CLAMP:
        return math.copysign(1.0, x)
    x2 = f32(x * x)
    return f32(f32(x * _poly(_ERF_NUM, x2)) / _poly(_ERF_DEN, x2))


def nextafter32(x, toward):
    """The float32 after `x` in the direction of `toward`."""
    if x != x or toward != toward:
        return math.nan
    if x == toward:
        return toward
    return _f32_neighbour(x, toward) if not math.isinf(x) else math.copysign(_F32_MAX, x)


def truncated_normal_from_bits(bits, lowers, uppers):
    """float32 normal samples truncated to (lower, upper), as jax.random.truncated_normal."""
    out = []
    for b, lo, hi in zip(bits, lowers, uppers, strict=True):
        lo = f32(lo)
        hi = f32(hi)
        a = erf32(f32(lo / _SQRT2_F32))
        c = erf32(f32(hi / _SQRT2_F32))
        v = f32(_SQRT2_F32 * erfinv(uniform_from_bits([b], a, c)[0]))
        floor = nextafter32(lo, math.inf)
        ceil = nextafter32(hi, -math.inf)
        # jnp.clip: max with the floor first, then min with the ceiling; NaN propagates.
        if v == v:
            v = floor if (floor != floor or v < floor) else v
            v = ceil if (ceil != ceil or v > ceil) else v
        out.append(v)
    return out
