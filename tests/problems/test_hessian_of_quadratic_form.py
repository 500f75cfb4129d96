"""Hidden tests for hessian_of_form: the reference solution against the closed form A + Aᵀ."""

from __future__ import annotations

import jax.numpy as jnp
import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from problem_checks import check_cases_and_examples, check_starter_fails

SLUG = "hessian-of-quadratic-form"

_values = st.floats(-100, 100, width=32)


def _assert_matches(got, a, b, x):
    a = np.asarray(a, dtype=np.float64)
    expected = a + a.T  # whatever b and x are
    got = np.asarray(got, dtype=np.float64)
    assert expected.shape == got.shape
    # Each entry is one float32 sum a_ij + a_ji: one rounding of the terms' size.
    bound = 1e-6 * (np.abs(a) + np.abs(a.T)) + 1e-7
    assert np.all(np.abs(got - expected) <= bound)


@st.composite
def _problems(draw):
    n = draw(st.integers(1, 10))
    a = draw(hnp.arrays(np.float32, (n, n), elements=_values))
    b = draw(hnp.arrays(np.float32, (n,), elements=_values))
    x = draw(hnp.arrays(np.float32, (n,), elements=_values))
    return a, b, x


@settings(max_examples=25, deadline=None)
@given(_problems())
def test_solution_matches_closed_form(problem, inputs):
    a, b, x = inputs
    solution = problem.load("solution.py")
    _assert_matches(solution(jnp.asarray(a), jnp.asarray(b), jnp.asarray(x)), a, b, x)


def test_cases_and_examples_match_closed_form(problem):
    check_cases_and_examples(problem, _assert_matches)


def test_result_is_symmetric_and_independent_of_the_point(problem):
    solution = problem.load("solution.py")
    for kwargs in problem.cases.values():
        result = np.asarray(solution(**kwargs))
        np.testing.assert_array_equal(result, result.T)
        moved = dict(kwargs, x=kwargs["x"] + 1.5, b=-kwargs["b"])
        np.testing.assert_array_equal(np.asarray(solution(**moved)), result)


def test_output_shape_and_dtype(problem):
    solution = problem.load("solution.py")
    for kwargs in problem.cases.values():
        result = solution(**kwargs)
        assert result.shape == kwargs["a"].shape
        assert result.dtype == jnp.float32


def test_check_cases_cover_edge_cases(problem):
    matrices = [np.asarray(c["a"]) for c in problem.cases.values()]
    assert any(m.shape == (1, 1) for m in matrices)
    assert max(m.size for m in matrices) >= 100
    assert any(not np.any(m) for m in matrices)
    assert any(np.all(m < 0) for m in matrices)
    assert any(np.any(m) and np.array_equal(m, m.T) for m in matrices)
    assert any(np.any(m) and np.array_equal(m, -m.T) for m in matrices)  # Hessian is zero
    assert any(not np.array_equal(m, m.T) and not np.array_equal(m, -m.T) for m in matrices)


def test_starter_fails(problem):
    check_starter_fails(problem)
