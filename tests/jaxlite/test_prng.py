"""jaxlite's threefry PRNG and jax.random module checked against real JAX 0.10.2 in-process."""

import math
import subprocess
import sys
import warnings
from pathlib import Path

import jax
import jax.numpy as jnp
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import jaxlite._core as _core
from jaxlite import _prng
from jaxlite import random as lr

REPO = Path(__file__).resolve().parents[2]
SETTINGS = settings(max_examples=30, deadline=None)
SHAPES = [(), (3,), (4, 3), (2, 3, 5), (1000,), (0,), (7,)]
SEEDS = [0, 1, 42, 2**31 - 1, -1, 2**32 + 5, 2**32, -(2**31), 2**63 - 1, -(2**63), 123456789]


class _StandInArray:
    """Minimal stand-in for jaxlite._core's Array, used only while make_array is missing."""

    def __init__(self, values, shape, dtype_name, weak_type=False):
        self._values = list(values)
        self.shape = tuple(shape)
        self.dtype = dtype_name
        self.weak_type = weak_type

    @property
    def ndim(self):
        return len(self.shape)


if not hasattr(_core, "make_array"):
    _core.make_array = _StandInArray


def mk(values, shape, dtype_name):
    return _core.make_array(list(values), tuple(shape), dtype_name)


def lite_np(x):
    """A jaxlite Array as a numpy array of the same dtype."""
    return np.array(x._values, dtype=str(x.dtype)).reshape(x.shape)


def same(lite, real):
    real = np.asarray(real)
    got = lite_np(lite)
    assert str(lite.dtype) == str(real.dtype)
    assert got.shape == real.shape
    if got.dtype.kind == "f":
        np.testing.assert_array_equal(got.view(np.uint32), real.view(np.uint32))
    else:
        np.testing.assert_array_equal(got, real)


def key_pair(seed):
    return lr.key(seed), jax.random.key(seed)


def raised(f):
    try:
        f()
    except Exception as e:  # noqa: BLE001 - the point is to capture anything
        return type(e), str(e)
    return None


# ---------------------------------------------------------------- _prng level


def test_threefry_known_answer():
    # Random123's published known-answer vectors for threefry2x32 (20 rounds).
    assert _prng.threefry2x32(0, 0, [0], [0]) == ([0x6B200159], [0x99BA4EFE])
    assert _prng.threefry2x32(0xFFFFFFFF, 0xFFFFFFFF, [0xFFFFFFFF], [0xFFFFFFFF]) == (
        [0x1CB996FC],
        [0xBB002BE7],
    )
    assert _prng.threefry2x32(0x13198A2E, 0x03707344, [0x243F6A88], [0x85A308D3]) == (
        [0xC4923A9C],
        [0x483DF7A0],
    )


@pytest.mark.parametrize("seed", SEEDS)
def test_seed_key_data(seed):
    same(lr.key_data(lr.key(seed)), jax.random.key_data(jax.random.key(seed)))
    same(lr.PRNGKey(seed), jax.random.PRNGKey(seed))


@SETTINGS
@given(st.integers(-(2**63), 2**63 - 1))
def test_seed_hypothesis(seed):
    assert _prng.seed(seed) == tuple(int(v) for v in jax.random.PRNGKey(seed))


@pytest.mark.parametrize("seed", [2**63, 2**64, -(2**63) - 1])
def test_seed_overflow(seed):
    assert raised(lambda: lr.key(seed)) == raised(lambda: jax.random.key(seed))
    assert raised(lambda: lr.PRNGKey(seed)) == raised(lambda: jax.random.PRNGKey(seed))


def test_fma32_exact():
    from fractions import Fraction

    rng = np.random.default_rng(3)
    for _ in range(3000):
        a, b, c = (
            _prng.f32(float(v)) for v in rng.standard_normal(3) * 10.0 ** rng.integers(-4, 4, 3)
        )
        exact = Fraction(a) * Fraction(b) + Fraction(c)
        got = _prng.fma32(a, b, c)
        # got must be the float32 nearest to the exact value.
        lo = np.nextafter(np.float32(got), np.float32(-np.inf))
        hi = np.nextafter(np.float32(got), np.float32(np.inf))
        assert abs(Fraction(got) - exact) <= abs(Fraction(float(lo)) - exact)
        assert abs(Fraction(got) - exact) <= abs(Fraction(float(hi)) - exact)


def test_erfinv_matches_xla():
    rng = np.random.default_rng(0)
    x = np.concatenate(
        [
            rng.uniform(-1, 1, 4000),
            1 - rng.uniform(0, 1e-4, 500),
            rng.uniform(-1e-4, 1e-4, 500),
            [0.0, -0.0, 1.0, -1.0, 0.99999994, -0.99999994, 0.5],
        ]
    ).astype(np.float32)
    ref = np.asarray(jax.lax.erf_inv(jnp.asarray(x)))
    got = np.array([_prng.erfinv(float(v)) for v in x], np.float32)
    np.testing.assert_array_equal(got, ref)


def test_log_and_log1p_match_xla():
    rng = np.random.default_rng(1)
    xs = np.concatenate(
        [rng.uniform(0, 3, 3000), rng.uniform(0, 1e-3, 300), [1.0, 0.5, 2.0, 1e-30, 1e30]]
    ).astype(np.float32)
    ref = np.asarray(jax.jit(jnp.log)(jnp.asarray(xs)))
    np.testing.assert_array_equal(np.array([_prng.log32(float(v)) for v in xs], np.float32), ref)
    a = np.concatenate(
        [
            -rng.uniform(0, 1, 3000),
            rng.uniform(-1e-3, 1e-3, 300),
            rng.uniform(0, 5, 300),
            [0.0, 0.41421354, -0.41421354],
        ]
    ).astype(np.float32)
    ref = np.asarray(jax.jit(jnp.log1p)(jnp.asarray(a)))
    np.testing.assert_array_equal(np.array([_prng.log1p32(float(v)) for v in a], np.float32), ref)


# ---------------------------------------------------------------- keys


def test_split_and_fold_in_chains():
    lk, jk = key_pair(7)
    lraw, jraw = lr.PRNGKey(7), jax.random.PRNGKey(7)
    for step in range(12):
        if step % 3 == 0:
            lk, jk = lr.fold_in(lk, step * 1000003), jax.random.fold_in(jk, step * 1000003)
            lraw, jraw = lr.fold_in(lraw, step), jax.random.fold_in(jraw, step)
        else:
            lk, _ = lr.split(lk)
            jk, _ = jax.random.split(jk)
            lraw = mk(lr.split(lraw, 3)._values[4:6], (2,), "uint32")
            jraw = jax.random.split(jraw, 3)[2]
        same(lr.key_data(lk), jax.random.key_data(jk))
        same(lraw, jraw)


@SETTINGS
@given(
    st.integers(-(2**31), 2**32 - 1),
    st.one_of(st.integers(0, 7), st.lists(st.integers(0, 4), min_size=1, max_size=3).map(tuple)),
    st.integers(0, 2**32 - 1),
)
def test_split_fold_in_hypothesis(seed, num, data):
    lk, jk = key_pair(seed)
    same(lr.key_data(lr.split(lk, num)), jax.random.key_data(jax.random.split(jk, num)))
    same(lr.split(lr.PRNGKey(seed), num), jax.random.split(jax.random.PRNGKey(seed), num))
    same(lr.key_data(lr.fold_in(lk, data)), jax.random.key_data(jax.random.fold_in(jk, data)))
    same(lr.fold_in(lr.PRNGKey(seed), data), jax.random.fold_in(jax.random.PRNGKey(seed), data))


def test_fold_in_array_data():
    lk, jk = key_pair(3)
    for v, dt in [(5, "int32"), (-1, "int32"), (4000000000, "uint32")]:
        same(
            lr.key_data(lr.fold_in(lk, mk([v], (), dt))),
            jax.random.key_data(jax.random.fold_in(jk, jnp.array(v, dtype=dt))),
        )


def test_typed_key_object():
    lk, jk = key_pair(0)
    assert lk.shape == jk.shape == ()
    assert lk.ndim == 0
    assert str(lk.dtype) == str(jk.dtype) == "key<fry>"
    assert repr(lk.dtype) == repr(jk.dtype)
    assert lk.dtype == lr.key_dtype()
    assert repr(lk) == repr(jk)
    assert str(lk) == str(jk)
    lks, jks = lr.split(lk, 3), jax.random.split(jk, 3)
    assert repr(lks) == repr(jks)
    assert len(lks) == 3
    for i in (0, 1, 2, -1, 5):
        assert repr(lks[i]) == repr(jks[i])
    assert repr(lks[1:]) == repr(jks[1:])
    k1, k2, k3 = lks
    assert repr(k3) == repr(jks[2])
    grid_l, grid_j = lr.split(lk, (2, 3)), jax.random.split(jk, (2, 3))
    assert repr(grid_l) == repr(grid_j)
    assert repr(grid_l[1]) == repr(grid_j[1])
    assert repr(grid_l[1, 2]) == repr(grid_j[1, 2])
    assert repr(grid_l[:, 0]) == repr(grid_j[:, 0])
    assert repr(grid_l.T) == repr(grid_j.T)
    assert repr(lr.split(lk, 0)) == repr(jax.random.split(jk, 0))
    same(lk == lk, jk == jk)
    same(lks == lks[0], jks == jks[0])
    same(lks != lks[1], jks != jks[1])
    same(lr.key_data(grid_l), jax.random.key_data(grid_j))
    assert lr.key_impl(lk) == jax.random.key_impl(jk)
    assert repr(lr.clone(lk)) == repr(jax.random.clone(jk))
    for num in [(600,), (3, 0), (2, 2, 2)]:
        assert repr(lr.split(lk, num)) == repr(jax.random.split(jk, num))


def test_typed_key_errors_match():
    lk, jk = key_pair(0)
    for f in (len, iter, bool, hash, lambda k: k[0]):
        assert raised(lambda f=f: f(lk)) == raised(lambda f=f: f(jk))


def test_wrap_key_data_roundtrip():
    data = [1, 2, 3, 4]
    lw = lr.wrap_key_data(mk(data, (2, 2), "uint32"))
    jw = jax.random.wrap_key_data(jnp.array(data, dtype=jnp.uint32).reshape(2, 2))
    assert repr(lw) == repr(jw)
    same(lr.uniform(lw[1], (3,)), jax.random.uniform(jw[1], (3,)))


# ---------------------------------------------------------------- samplers


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("seed", [0, 42, -1])
def test_bits_uniform_normal(seed, shape):
    lk, jk = key_pair(seed)
    same(lr.bits(lk, shape), jax.random.bits(jk, shape))
    same(lr.uniform(lk, shape), jax.random.uniform(jk, shape))
    same(lr.normal(lk, shape), jax.random.normal(jk, shape))
    # Raw keys go through the same paths.
    same(lr.normal(lr.PRNGKey(seed), shape), jax.random.normal(jax.random.PRNGKey(seed), shape))


# A fixed pool of shapes keeps real JAX's per-shape compilations few.
SHAPE_POOL = st.sampled_from([(), (1,), (2,), (5,), (0,), (3, 4), (2, 3, 5), (4, 1, 2)])


@settings(max_examples=25, deadline=None)
@given(st.integers(0, 2**32 - 1), SHAPE_POOL)
def test_samplers_hypothesis(seed, shape):
    lk, jk = key_pair(seed)
    same(lr.bits(lk, shape), jax.random.bits(jk, shape))
    same(
        lr.uniform(lk, shape, minval=-2.5, maxval=3.0),
        jax.random.uniform(jk, shape, minval=-2.5, maxval=3.0),
    )
    same(lr.normal(lk, shape), jax.random.normal(jk, shape))
    same(lr.exponential(lk, shape), jax.random.exponential(jk, shape))
    same(lr.bernoulli(lk, 0.3, shape), jax.random.bernoulli(jk, 0.3, shape))


def test_normal_many_values_bit_identical():
    lk, jk = key_pair(2024)
    same(lr.normal(lk, (5000,)), jax.random.normal(jk, (5000,)))


def test_uniform_bounds():
    lk, jk = key_pair(5)
    same(
        lr.uniform(lk, (4, 3), minval=-1.0, maxval=1.0),
        jax.random.uniform(jk, (4, 3), minval=-1.0, maxval=1.0),
    )
    lo = [0.0, 10.0, -5.0]
    same(
        lr.uniform(lk, (4, 3), minval=mk(lo, (3,), "float32"), maxval=20),
        jax.random.uniform(jk, (4, 3), minval=jnp.array(lo), maxval=20),
    )
    same(lr.uniform(lk, (2,), minval=5, maxval=3), jax.random.uniform(jk, (2,), minval=5, maxval=3))
    same(lr.uniform(lk, 3), jax.random.uniform(jk, 3))


@pytest.mark.parametrize(
    "lo,hi",
    [
        (0, 10),
        (-5, 17),
        (-100, -3),
        (0, 1),
        (5, 5),
        (7, 2),
        (-(2**31), 2**31 - 1),
        (0, 2**31 - 1),
        (-(2**31), 0),
        (3, 2**20 + 7),
        (0.5, 9.7),
        (True, 4),
    ],
)
@pytest.mark.parametrize("shape", [(), (3,), (4, 3), (2, 3, 5), (1000,)])
def test_randint(lo, hi, shape):
    lk, jk = key_pair(11)
    same(lr.randint(lk, shape, lo, hi), jax.random.randint(jk, shape, lo, hi))


@SETTINGS
@given(
    st.integers(0, 2**32 - 1),
    st.integers(-(2**31), 2**31 - 1),
    st.integers(-(2**31), 2**31 - 1),
    st.lists(st.integers(0, 5), max_size=3).map(tuple),
)
def test_randint_hypothesis(seed, lo, hi, shape):
    lk, jk = key_pair(seed)
    same(lr.randint(lk, shape, lo, hi), jax.random.randint(jk, shape, lo, hi))


def test_randint_arrays_and_dtypes():
    lk, jk = key_pair(9)
    lo, hi = [0, -5, 100], [10, 5, 90]
    same(
        lr.randint(lk, (4, 3), mk(lo, (3,), "int32"), mk(hi, (3,), "int32")),
        jax.random.randint(jk, (4, 3), jnp.array(lo), jnp.array(hi)),
    )
    same(
        lr.randint(lk, (5,), 0, 10, dtype="uint32"),
        jax.random.randint(jk, (5,), 0, 10, dtype="uint32"),
    )
    same(
        lr.randint(lk, (5,), -3, 10, dtype=jnp.uint32),
        jax.random.randint(jk, (5,), -3, 10, dtype=jnp.uint32),
    )
    big = [4000000000, 3]
    same(
        lr.randint(lk, (2,), 0, mk(big, (2,), "uint32")),
        jax.random.randint(jk, (2,), 0, jnp.array(big, dtype=jnp.uint32)),
    )
    same(
        lr.randint(lk, (3,), mk([-1.5, 2.7, 0.2], (3,), "float32"), 50),
        jax.random.randint(jk, (3,), jnp.array([-1.5, 2.7, 0.2]), 50),
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        same(
            lr.randint(lk, (3,), 0, 10, dtype="int64"),
            jax.random.randint(jk, (3,), 0, 10, dtype="int64"),
        )


@pytest.mark.parametrize("n", [0, 1, 2, 5, 10, 100, 1625, 1626, 3000])
def test_permutation_int(n):
    lk, jk = key_pair(n + 1)
    same(lr.permutation(lk, n), jax.random.permutation(jk, n))


def test_permutation_rounds():
    for size in [0, 1, 2, 1625, 1626, 2**20, 2**22]:
        expected = int(np.ceil(3 * np.log(max(1, size)) / np.log(np.iinfo(np.uint32).max)))
        assert _prng.permutation_rounds(size) == expected


@SETTINGS
@given(
    st.integers(0, 2**32 - 1),
    st.lists(st.integers(1, 5), min_size=1, max_size=3).map(tuple),
    st.integers(-3, 2),
    st.booleans(),
)
def test_permutation_arrays(seed, shape, axis, independent):
    if not -len(shape) <= axis < len(shape):
        axis = 0
    lk, jk = key_pair(seed)
    n = math.prod(shape)
    vals = [float(v) * 1.5 for v in range(n)]
    got = lr.permutation(lk, mk(vals, shape, "float32"), axis=axis, independent=independent)
    want = jax.random.permutation(
        jk, jnp.array(vals, dtype=jnp.float32).reshape(shape), axis=axis, independent=independent
    )
    same(got, want)


def test_bernoulli_variants():
    lk, jk = key_pair(4)
    ps = [0.1, 0.5, 0.9]
    same(lr.bernoulli(lk, mk(ps, (3,), "float32")), jax.random.bernoulli(jk, jnp.array(ps)))
    same(
        lr.bernoulli(lk, mk(ps, (3,), "float32"), (4, 3)),
        jax.random.bernoulli(jk, jnp.array(ps), (4, 3)),
    )
    same(lr.bernoulli(lk), jax.random.bernoulli(jk))
    same(
        lr.bernoulli(lk, 0.5, (50,), mode="high"), jax.random.bernoulli(jk, 0.5, (50,), mode="high")
    )


# ---------------------------------------------------------------- errors


def _error_cases(R, arr, k):
    ks = R.split(k)
    return [
        lambda: R.split(ks),
        lambda: R.uniform(ks),
        lambda: R.fold_in(k, 2**32),
        lambda: R.fold_in(k, -1),
        lambda: R.key(arr([1, 2, 3], "int32")),
        lambda: R.key(3.0),
        lambda: R.PRNGKey(k),
        lambda: R.uniform(k, (3,), dtype="int32"),
        lambda: R.normal(k, (2,), dtype="int32"),
        lambda: R.uniform(k, (2.0,)),
        lambda: R.uniform(k, None),
        lambda: R.randint(k, (2,), 0, 2**31),
        lambda: R.randint(k, (2,), -(2**31) - 1, 5),
        lambda: R.randint(k, (2,), 0, 10, dtype="float32"),
        lambda: R.randint(k, (3,), arr([0, 5], "int32"), 10),
        lambda: R.randint(k, (3,), arr([[0, 5, 1]] * 2, "int32"), 10),
        lambda: R.bits(k, (2,), dtype="int32"),
        lambda: R.bernoulli(k, 0.5, (2,), mode="x"),
        lambda: R.bernoulli(k, 2),
        lambda: R.bernoulli(k, arr([0.1, 0.9], "float32"), (3,)),
        lambda: R.permutation(k, 5.0),
        lambda: R.permutation(k, [3, 4, 5]),
        lambda: R.permutation(k, 5, axis=1),
        lambda: R.permutation(k, arr([[1, 2, 3]] * 2, "int32"), axis=2),
        lambda: R.wrap_key_data(arr([1, 2], "int32")),
        lambda: R.uniform(arr([1, 2], "int32")),
        lambda: R.uniform(arr([1, 2], "uint32").__class__),
        lambda: R.uniform([1, 2]),
        lambda: R.uniform(5),
        lambda: R.uniform(arr([[1, 2]] * 2, "uint32")),
        lambda: R.key(1, impl="foo"),
        lambda: R.key(1, impl="threefry2x32", dtype="threefry2x32"),
        lambda: R.split(k, 2.0),
        lambda: R.fold_in(k, arr([1, 2], "int32")),
        lambda: k + 1,
    ]


def test_error_types_and_messages():
    def lite_arr(vals, dt):
        a = np.array(vals)
        return mk(a.ravel().tolist(), a.shape, dt)

    def real_arr(vals, dt):
        return jnp.array(vals, dtype=dt)

    lite = _error_cases(lr, lite_arr, lr.key(0))
    real = _error_cases(jax.random, real_arr, jax.random.key(0))
    mismatched = []
    for i, (fl, fr) in enumerate(zip(lite, real, strict=True)):
        got, want = raised(fl), raised(fr)
        assert got is not None and want is not None, i
        if got != want:
            mismatched.append((i, got, want))
    # Messages that name JAX internals (tracer reprs, impl objects) are allowed to differ,
    # but the exception type must always agree.
    for i, got, want in mismatched:
        assert issubclass(got[0], want[0]) or issubclass(want[0], got[0]), (i, got, want)
    assert len(mismatched) <= 5, mismatched


@pytest.mark.parametrize("name", ["gamma", "beta", "t", "poisson", "cauchy",
                                  "multivariate_normal", "dirichlet", "orthogonal"])
def test_unavailable_raise_not_implemented(name):
    assert hasattr(jax.random, name)
    with pytest.raises(NotImplementedError, match=f"jax.random.{name} is not available"):
        getattr(lr, name)


def test_unknown_name_is_attribute_error():
    with pytest.raises(AttributeError):
        lr.definitely_not_a_function  # noqa: B018


def test_runs_under_python_dash_S():
    code = (
        "import jaxlite._prng as p, jaxlite.random as r; "
        "print(p.random_bits(*p.seed(0), 3), p.normal(*p.seed(1), 2))"
    )
    out = subprocess.run(
        [sys.executable, "-S", "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    ).stdout
    k = jax.random.PRNGKey(0)
    assert out.startswith(str(np.asarray(jax.random.bits(k, (3,))).tolist()))


def test_key_arithmetic_errors_match():
    import operator as o
    lk, jk = key_pair(0)
    ops = [o.add, o.sub, o.mul, o.truediv, o.floordiv, o.mod, o.lt, o.gt, o.le, o.ge,
           o.and_, o.or_, o.xor, o.lshift, o.eq, o.ne]
    for op in ops:
        for other in (1, 2.0, True):
            for f in (lambda k, op=op, b=other: op(k, b), lambda k, op=op, b=other: op(b, k)):
                assert raised(lambda f=f: f(lk)) == raised(lambda f=f: f(jk)), (op, other)
    for f in (o.neg, abs, o.invert, lambda k: k + k):
        assert raised(lambda f=f: f(lk)) == raised(lambda f=f: f(jk))


def _agree(f, g):
    """Both raise the same error, or both return bit-identical arrays."""
    a, b = raised(f), raised(g)
    assert a == b
    if a is None:
        same(f(), g())


@pytest.mark.parametrize("seed", [0, 7, 99])
def test_log_based_samplers(seed):
    lk, jk = key_pair(seed)
    for shape in [(), (3,), (2, 4), (500,)]:
        for name in ["gumbel", "logistic", "laplace", "rademacher", "exponential"]:
            _agree(lambda n=name, s=shape: getattr(lr, n)(lk, s),
                   lambda n=name, s=shape: getattr(jax.random, n)(jk, s))
        _agree(lambda s=shape: lr.gumbel(lk, s, mode="high"),
               lambda s=shape: jax.random.gumbel(jk, s, mode="high"))
        _agree(lambda s=shape: lr.rademacher(lk, s, dtype=jnp.float32),
               lambda s=shape: jax.random.rademacher(jk, s, dtype=jnp.float32))


@pytest.mark.parametrize("seed", [0, 1, 99])
def test_categorical(seed):
    lk, jk = key_pair(seed)
    logits = np.random.default_rng(seed).standard_normal((3, 5)).astype(np.float32)
    lite, real = mk(logits.ravel().tolist(), logits.shape, "float32"), jnp.asarray(logits)
    for kw in [{}, {"axis": 0}, {"shape": (4, 3)}, {"axis": 0, "shape": (2, 5)},
               {"replace": False, "shape": (2, 3)}, {"replace": False, "axis": 0, "shape": (3, 5)},
               {"mode": "high"}, {"shape": (7, 3), "mode": "high"}, {"mode": "bad"},
               {"replace": False, "shape": (6, 3)}]:
        _agree(lambda kw=kw: lr.categorical(lk, lite, **kw),
               lambda kw=kw: jax.random.categorical(jk, real, **kw))


@pytest.mark.parametrize("seed", [0, 1, 99])
def test_choice(seed):
    lk, jk = key_pair(seed)
    arr = np.arange(12.0, dtype=np.float32).reshape(4, 3)
    probs = np.array([0.1, 0.2, 0.3, 0.4], np.float32)
    lp, jp = mk(probs.tolist(), (4,), "float32"), jnp.asarray(probs)
    pops = [(10, 10), (4, 4), (mk(arr.ravel().tolist(), arr.shape, "float32"), jnp.asarray(arr))]
    cases = [{}, {"shape": (5,)}, {"shape": (2, 3)}, {"shape": (3,), "replace": False},
             {"shape": (3,), "p": True}, {"shape": (6,), "p": True},
             {"shape": (3,), "p": True, "replace": False}, {"shape": (5,), "replace": False},
             {"shape": (0,)}]
    for kw in cases:
        for la, ja in pops:
            kl, kj = dict(kw), dict(kw)
            if kw.get("p"):
                if isinstance(la, int) and la != 4:
                    continue
                kl["p"], kj["p"] = lp, jp
            _agree(lambda la=la, kl=kl: lr.choice(lk, la, **kl),
                   lambda ja=ja, kj=kj: jax.random.choice(jk, ja, **kj))
    _agree(lambda: lr.choice(lk, pops[2][0], (2,), axis=1),
           lambda: jax.random.choice(jk, pops[2][1], (2,), axis=1))
    _agree(lambda: lr.choice(lk, pops[2][0], (2,), replace=False, axis=1),
           lambda: jax.random.choice(jk, pops[2][1], (2,), replace=False, axis=1))


def test_erf_matches_xla():
    rng = np.random.default_rng(0)
    x = np.concatenate([rng.uniform(-5, 5, 4000), rng.uniform(-1e-3, 1e-3, 300),
                        [0.0, 3.8325068, 3.8325066, -4.0, np.inf, -np.inf]]).astype(np.float32)
    ref = np.asarray(jax.lax.erf(jnp.asarray(x)))
    got = np.array([_prng.erf32(float(v)) for v in x], np.float32)
    np.testing.assert_array_equal(got.view(np.uint32), ref.view(np.uint32))


@pytest.mark.parametrize("lo,hi", [(-2.0, 2.0), (0.0, 1.0), (-np.inf, 0.5), (1.0, np.inf),
                                   (3.0, 5.0), (-10.0, -9.0), (2.0, -2.0)])
def test_truncated_normal(lo, hi):
    lk, jk = key_pair(17)
    for shape in [(), (3,), (4, 3), (300,)]:
        _agree(lambda s=shape: lr.truncated_normal(lk, lo, hi, s),
               lambda s=shape: jax.random.truncated_normal(jk, lo, hi, s))
    lows = [-1.0, 0.0, 0.5]
    _agree(lambda: lr.truncated_normal(lk, mk(lows, (3,), "float32"), hi),
           lambda: jax.random.truncated_normal(jk, jnp.array(lows), hi))
    _agree(lambda: lr.truncated_normal(lk, mk(lows, (3,), "float32"), hi, (2, 3)),
           lambda: jax.random.truncated_normal(jk, jnp.array(lows), hi, (2, 3)))


def test_stack_keys():
    lk, jk = key_pair(0)
    lparts = [lr.split(lr.fold_in(lk, i), 2) for i in range(3)]
    jparts = [jax.random.split(jax.random.fold_in(jk, i), 2) for i in range(3)]
    for axis in (0, 1, -1):
        got = lr._stack_keys(lparts, axis)
        want = jax.numpy.stack(jparts, axis=axis)
        assert repr(got) == repr(want)
