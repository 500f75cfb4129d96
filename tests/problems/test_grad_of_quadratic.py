"""Hidden tests for grad_of_quadratic: the reference solution against the closed form."""

from __future__ import annotations

import jax.numpy as jnp
import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from problem_checks import check_cases_and_examples, check_starter_fails

SLUG = "grad-of-quadratic"

_values = st.floats(-10, 10, width=32)


def _closed_form(w, b, x):
    """d/dw sum((w x + b)^2) = sum(2 (w x + b) x), in float64, and the size of its terms."""
    x = np.asarray(x, dtype=np.float64)
    terms = 2.0 * (w * x + b) * x
    return terms.sum(), np.abs(terms).sum()


def _assert_matches(got, w, b, x):
    expected, scale = _closed_form(w, b, x)
    # float32 sums: the error grows with the magnitude of the terms, not of the result.
    np.testing.assert_allclose(np.float64(got), expected, rtol=1e-5, atol=1e-5 * scale + 1e-6)


@settings(max_examples=60, deadline=None)
@given(w=_values, b=_values, x=hnp.arrays(np.float32, st.integers(1, 50), elements=_values))
def test_solution_matches_closed_form(problem, w, b, x):
    solution = problem.load("solution.py")
    _assert_matches(solution(w, b, jnp.asarray(x)), w, b, x)


def test_cases_and_examples_match_closed_form(problem):
    check_cases_and_examples(problem, _assert_matches)


def test_output_is_a_float32_scalar(problem):
    solution = problem.load("solution.py")
    for kwargs in problem.cases.values():
        result = solution(**kwargs)
        assert result.shape == ()
        assert result.dtype == jnp.float32


def test_check_cases_cover_edge_cases(problem):
    sizes = [np.size(kwargs["x"]) for kwargs in problem.cases.values()]
    assert 1 in sizes and max(sizes) >= 100
    assert any(not np.any(kwargs["x"]) for kwargs in problem.cases.values())
    assert any(np.any(np.asarray(kwargs["x"]) < 0) for kwargs in problem.cases.values())


def test_starter_fails(problem):
    check_starter_fails(problem)
