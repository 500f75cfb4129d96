"""Checks jaxlite._format's array text against real JAX 0.10.2 printing the same arrays."""

import warnings

import jax
import jax.numpy as jnp
import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jaxlite import _format as F

warnings.filterwarnings("ignore", message=".*An NVIDIA GPU.*")
warnings.filterwarnings("ignore", message=".*[Pp]latform.*")

HYP = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def parts(x):
    """What jaxlite hands to _format for a JAX array x."""
    a = np.asarray(x)
    return a.ravel().tolist(), tuple(x.shape), x.dtype.name, bool(x.weak_type)


def assert_prints_like(x):
    values, shape, dtype_name, weak = parts(x)
    assert F.format_str(values, shape, dtype_name) == str(x)
    assert F.format_repr(values, shape, dtype_name, weak) == repr(x)


f32 = np.float32
TINY = float(np.finfo(f32).smallest_subnormal)
BIG = float(np.finfo(f32).max)

# Each entry builds a JAX array; ids keep failures readable.
TABLE = {
    "scalar_weak": lambda: jnp.array(1.5),
    "scalar_strong": lambda: jnp.float32(1.5),
    "scalar_one": lambda: jnp.array(1.0, dtype=jnp.float32),
    "scalar_tenth": lambda: jnp.float32(0.1),
    "scalar_third": lambda: jnp.float32(1) / 3,
    "scalar_1e-4": lambda: jnp.float32(1e-4),
    "scalar_1e6": lambda: jnp.float32(1e6),
    "scalar_999999": lambda: jnp.float32(999999.0),
    "scalar_big": lambda: jnp.float32(16777216.0),
    "scalar_max": lambda: jnp.float32(BIG),
    "scalar_subnormal": lambda: jnp.asarray(np.array(TINY, f32)),
    "scalar_nan": lambda: jnp.float32(np.nan),
    "scalar_neg_inf": lambda: jnp.float32(-np.inf),
    "scalar_neg_zero": lambda: jnp.float32(-0.0),
    "scalar_int": lambda: jnp.int32(-7),
    "scalar_int_weak": lambda: jnp.array(3),
    "scalar_uint": lambda: jnp.uint32(4294967295),
    "scalar_true": lambda: jnp.array(True),
    "scalar_false": lambda: jnp.array(False),
    "vec": lambda: jnp.array([1.0, 2.0]),
    "vec_tenth": lambda: jnp.array([0.1, 0.2, 0.3]),
    "vec_mixed_width": lambda: jnp.array([0.1, 100.0]),
    "vec_ratio_exp": lambda: jnp.array([0.1, 100.00001]),
    "vec_small_exp": lambda: jnp.array([1e-4, 1.0]),
    "vec_only_1e-4": lambda: jnp.array([1e-4]),
    "vec_1e6": lambda: jnp.array([1e6, 1.0]),
    "vec_1e20": lambda: jnp.array([1e20, 1.0, 2.0]),
    "vec_exp_min_digits": lambda: jnp.array([1e-5, 1.2345e-5]),
    "vec_specials": lambda: jnp.array([np.nan, 1.0, -np.inf]),
    "vec_nan_only": lambda: jnp.array([np.nan, np.nan]),
    "vec_inf_only": lambda: jnp.array([np.inf]),
    "vec_neg_inf_exp": lambda: jnp.array([-np.inf, 1e-7, 3.0]),
    "vec_zeros": lambda: jnp.array([0.0, -0.0]),
    "vec_neg_zero": lambda: jnp.array([-0.0]),
    "vec_extremes": lambda: jnp.asarray(np.array([BIG, -TINY, 0.0], f32)),
    "vec_float32_digits": lambda: jnp.array([0.070650816, 0.7, 1 / 3]),
    "vec_8_digits": lambda: jnp.array([1.23456789, 0.000123456789]),
    "vec_negative": lambda: jnp.array([-1.5, 2.25, -3.125]),
    "arange40": lambda: jnp.arange(40.0),
    "arange40_int": lambda: jnp.arange(40),
    "wide_rows": lambda: jnp.ones((3, 30)) * 1.234567,
    "cube": lambda: jnp.ones((2, 3, 4)),
    "four_d": lambda: jnp.arange(24.0).reshape(1, 2, 3, 4),
    "column": lambda: jnp.arange(5.0).reshape(5, 1),
    "summary_1d": lambda: jnp.arange(1001.0),
    "summary_2d": lambda: jnp.arange(2000.0).reshape(2, 1000),
    "summary_3d": lambda: jnp.arange(2 * 30 * 20, dtype=jnp.float32).reshape(2, 30, 20),
    "summary_int": lambda: jnp.arange(5000).reshape(50, 100),
    "summary_bool": lambda: jnp.arange(1500) % 3 == 0,
    "no_summary_1000": lambda: jnp.arange(1000.0) / 7,
    "ints_neg": lambda: jnp.array([-2147483648, 0, 2147483647], dtype=jnp.int32),
    "uints": lambda: jnp.array([0, 4294967295, 17], dtype=jnp.uint32),
    "bools": lambda: jnp.array([True, False]),
    "bools_2d": lambda: jnp.array([[True], [False]]),
    "bools_true": lambda: jnp.array([True, True]),
    "empty": lambda: jnp.zeros((0,)),
    "empty_2d": lambda: jnp.zeros((0, 3)),
    "empty_inner": lambda: jnp.zeros((2, 0), dtype=jnp.int32),
    "empty_bool": lambda: jnp.zeros((3, 0, 2), dtype=bool),
    "one_element": lambda: jnp.array([[[7.0]]]),
    "long_dtype_gap": lambda: jnp.full((2, 9), -1.2345678e-30),
    "long_weak_gap": lambda: jnp.full((12,), 1.0 / 3),
}


@pytest.mark.parametrize("name", sorted(TABLE))
def test_table(name):
    assert_prints_like(TABLE[name]())


def test_prng_style_uint32_matrix():
    data = jax.random.key_data(jax.random.split(jax.random.key(0), 600))
    assert_prints_like(data)


SPECS = [
    "",
    ".3f",
    ".4f",
    ">10",
    "<8",
    "^9.2f",
    "e",
    ".2e",
    "g",
    "+.1f",
    "08.3f",
    "%",
    ",.2f",
    "d",
    "x",
    "b",
    "n",
    "12",
]


@pytest.mark.parametrize("spec", SPECS)
@pytest.mark.parametrize(
    "make",
    [
        lambda: jnp.array(1.5),
        lambda: jnp.float32(0.1),
        lambda: jnp.float32(-np.inf),
        lambda: jnp.float32(np.nan),
        lambda: jnp.float32(1e20),
        lambda: jnp.array(3),
        lambda: jnp.uint32(4000000000),
        lambda: jnp.array(True),
        lambda: jnp.array(False),
    ],
)
def test_format_spec_scalar(make, spec):
    x = make()
    values, _, dtype_name, _ = parts(x)
    try:
        expected = format(x, spec)
    except (ValueError, TypeError) as err:
        with pytest.raises(type(err)) as got:
            F.format_spec(values[0], dtype_name, spec)
        assert str(got.value) == str(err)
    else:
        assert F.format_spec(values[0], dtype_name, spec) == expected
        assert F.format_spec(values, dtype_name, spec) == expected


@pytest.mark.parametrize(
    "make",
    [lambda: jnp.array([1.5, 2.0]), lambda: jnp.zeros((0,)), lambda: jnp.arange(6).reshape(2, 3)],
)
def test_format_spec_array(make):
    x = make()
    values, shape, dtype_name, _ = parts(x)
    assert F.format_spec(values, dtype_name, "", shape) == format(x, "") == f"{x}"
    with pytest.raises(TypeError) as err:
        format(x, ".3f")
    with pytest.raises(TypeError) as got:
        F.format_spec(values, dtype_name, ".3f", shape)
    assert str(got.value) == str(err.value)


@pytest.mark.parametrize(
    "make",
    [
        lambda: jax.random.key(0),
        lambda: jax.random.key(42),
        lambda: jax.random.split(jax.random.key(0), 3),
        lambda: jax.random.split(jax.random.key(1), 600),
        lambda: jax.random.split(jax.random.key(0), 6).reshape(2, 3),
        lambda: jax.random.split(jax.random.key(0), 0),
        lambda: jax.random.key(0, impl="rbg"),
    ],
)
def test_key_arrays(make):
    k = make()
    data = np.asarray(jax.random.key_data(k)).ravel().tolist()
    impl = str(k.dtype)[4:-1]
    assert F.format_key_repr(data, k.shape, impl) == repr(k)
    assert F.format_key_str(data, k.shape, impl) == str(k)


def test_key_shape_of_data_also_accepted():
    k = jax.random.split(jax.random.key(3), 4)
    data = jax.random.key_data(k)
    flat = np.asarray(data).ravel().tolist()
    assert F.format_key_repr(flat, data.shape) == repr(k)


def test_wrong_length_rejected():
    with pytest.raises(ValueError):
        F.format_str([1.0, 2.0], (3,), "float32")


# ---------------------------------------------------------------- hypothesis

SPECIAL = [
    0.0,
    -0.0,
    np.nan,
    np.inf,
    -np.inf,
    TINY,
    -TINY,
    BIG,
    -BIG,
    1e-4,
    1e6,
    999999.9,
    1e-45,
    1.0,
    -1.0,
    0.1,
    1e16,
    1e-8,
    100.00001,
    1000.0,
]


def element():
    return st.one_of(
        st.floats(width=32),
        st.sampled_from(SPECIAL),
        st.builds(lambda m, e: m * 10.0**e, st.floats(-10, 10, width=32), st.integers(-12, 12)),
        st.integers(-1000, 1000).map(float),
    )


@st.composite
def float_arrays(draw):
    ndim = draw(st.integers(0, 3))
    big = draw(st.booleans()) and ndim > 0
    if big:
        # over the 1000-element threshold; numpy fills so hypothesis stays fast
        shape = [draw(st.integers(1, 4)) for _ in range(ndim - 1)]
        inner = 1
        for d in shape:
            inner *= d
        shape.append(1001 // inner + draw(st.integers(1, 40)))
        rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
        scale = 10.0 ** draw(st.integers(-10, 10))
        a = (rng.standard_normal(shape) * scale).astype(f32)
        flat = a.reshape(-1)
        for v in draw(st.lists(st.sampled_from(SPECIAL), max_size=4)):
            flat[draw(st.integers(0, flat.size - 1))] = v
        return a
    shape = tuple(draw(st.lists(st.integers(0, 5), min_size=ndim, max_size=ndim)))
    size = int(np.prod(shape)) if shape else 1
    vals = draw(st.lists(element(), min_size=size, max_size=size))
    with np.errstate(over="ignore"):
        return np.array(vals, dtype=np.float64).astype(f32).reshape(shape)


@HYP
@given(float_arrays(), st.booleans())
def test_random_float_arrays(a, weak):
    x = jnp.asarray(a)
    if weak and x.ndim == 0:
        x = jnp.asarray(float(a))  # Python scalars give weakly typed arrays
    assert_prints_like(x)


@HYP
@given(st.integers(0, 2**32 - 1))
def test_random_float32_bit_patterns(bits):
    a = np.array([bits], dtype=np.uint32).view(f32)
    assert_prints_like(jnp.asarray(a.reshape(())))
    assert_prints_like(jnp.asarray(a))


@HYP
@given(st.lists(st.integers(0, 2**32 - 1), min_size=1, max_size=12))
def test_random_float32_bit_vectors(bits):
    assert_prints_like(jnp.asarray(np.array(bits, dtype=np.uint32).view(f32)))


@HYP
@given(
    st.sampled_from(["int32", "uint32", "bool"]),
    st.lists(st.integers(0, 4), min_size=0, max_size=3),
    st.integers(0, 2**32 - 1),
)
def test_random_int_and_bool_arrays(dtype_name, shape, seed):
    rng = np.random.default_rng(seed)
    if dtype_name == "bool":
        a = rng.integers(0, 2, size=shape).astype(bool)
    elif dtype_name == "int32":
        a = rng.integers(-(2**31), 2**31, size=shape, dtype=np.int64).astype(np.int32)
        a = a // (10 ** rng.integers(0, 10))
    else:
        a = rng.integers(0, 2**32, size=shape, dtype=np.uint64).astype(np.uint32)
    assert_prints_like(jnp.asarray(a))


@HYP
@given(st.floats(width=32, allow_nan=False), st.sampled_from(SPECS[:10]))
def test_random_format_spec(v, spec):
    x = jnp.float32(v)
    values, _, dtype_name, _ = parts(x)
    assert F.format_spec(values[0], dtype_name, spec) == format(x, spec)


def test_runs_without_site_packages():
    """_format must work under `python -S` with nothing but the standard library."""
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    # load the file on its own so other jaxlite modules cannot affect this check
    code = (
        "import sys, importlib.util as u; "
        "s = u.spec_from_file_location('fmt', sys.argv[1]); F = u.module_from_spec(s); "
        "s.loader.exec_module(F); "
        "print(F.format_repr([0.1, 2.0], (2,), 'float32', True))"
    )
    path = str(root / "jaxlite" / "_format.py")
    out = subprocess.run(
        [sys.executable, "-S", "-c", code, path], capture_output=True, text=True, check=True
    )
    assert out.stdout == "Array([0.1, 2. ], dtype=float32, weak_type=True)\n"
