"""Hidden tests for derivatives_at: the reference solution against f′, f″, f‴ of x³ sin x."""

from __future__ import annotations

import jax
import jax.numpy as jnp
import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from problem_checks import check_cases_and_examples, check_starter_fails

SLUG = "second-derivatives"


def _closed_form(x):
    """The three derivatives of x³ sin x in float64, each with the size of its terms."""
    x = np.float64(np.float32(x))  # the float32 point the solution actually sees
    s, c = np.sin(x), np.cos(x)
    a = abs(x)
    values = (
        3 * x**2 * s + x**3 * c,
        6 * x * s + 6 * x**2 * c - x**3 * s,
        6 * s + 18 * x * c - 9 * x**2 * s - x**3 * c,
    )
    # float32 sin and cos are accurate to about 1e-7 absolute, whatever their size.
    scales = (3 * a**2 + a**3, 6 * a + 6 * a**2 + a**3, 6 + 18 * a + 9 * a**2 + a**3)
    return values, scales


def _assert_matches(got, x):
    assert isinstance(got, tuple) and len(got) == 3
    values, scales = _closed_form(x)
    for order, (d, value, scale) in enumerate(zip(got, values, scales, strict=True), start=1):
        assert jnp.shape(d) == (), f"order {order}"
        # A few float32 roundings of each term (subnormal powers of x may flush to zero).
        assert abs(float(d) - value) <= 2e-6 * scale + 1e-20, f"order {order}"


@settings(max_examples=25, deadline=None)
@given(st.floats(-30, 30, width=32))
def test_solution_matches_closed_form(problem, x):
    solution = problem.load("solution.py")
    _assert_matches(solution(x), x)
    _assert_matches(solution(jnp.float32(x)), x)


def test_cases_and_examples_match_closed_form(problem):
    check_cases_and_examples(problem, _assert_matches)


def test_parity_of_the_derivatives(problem):
    # x³ sin x is even, so f′ and f‴ are odd and f″ is even.
    solution = problem.load("solution.py")
    for x in (0.25, 1.7, 5.0, 22.0):
        d1, d2, d3 = (float(d) for d in solution(x))
        m1, m2, m3 = (float(d) for d in solution(-x))
        np.testing.assert_allclose([m1, m2, m3], [-d1, d2, -d3], rtol=1e-6)


def test_output_shapes_and_dtypes(problem):
    solution = problem.load("solution.py")
    for kwargs in problem.cases.values():
        result = solution(**kwargs)
        assert isinstance(result, tuple) and len(result) == 3
        for d in result:
            assert isinstance(d, jax.Array)
            assert d.shape == () and d.dtype == jnp.float32


def test_check_cases_cover_edge_cases(problem):
    points = [c["x"] for c in problem.cases.values()]
    assert any(float(x) == 0 for x in points)
    assert any(float(x) < 0 for x in points)
    assert any(0 < abs(float(x)) < 0.01 for x in points)
    assert any(abs(float(x)) >= 30 for x in points)
    assert any(isinstance(x, float) for x in points)
    assert any(isinstance(x, jax.Array) and x.dtype == jnp.float32 for x in points)


def test_starter_fails(problem):
    check_starter_fails(problem)
