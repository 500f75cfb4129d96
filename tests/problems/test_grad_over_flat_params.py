"""Hidden tests for grad_over_flat_params: the reference solution against the closed form."""

from __future__ import annotations

import jax.numpy as jnp
import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from problem_checks import check_cases_and_examples, check_starter_fails

SLUG = "grad-over-flat-params"

_values = st.floats(-5, 5, width=32)


def _closed_form(flat_params, x):
    """With r = x w + b: dL/dw = 2 xᵀ r and dL/db = 2 Σ r, in float64, with term sizes."""
    p = np.asarray(flat_params, dtype=np.float64)
    x = np.asarray(x, dtype=np.float64)
    r = x @ p[:-1] + p[-1]
    grad = np.concatenate([2.0 * x.T @ r, [2.0 * r.sum()]])
    scale = np.concatenate([2.0 * np.abs(x.T) @ np.abs(r), [2.0 * np.abs(r).sum()]])
    return grad, scale


def _assert_matches(got, flat_params, x):
    expected, scale = _closed_form(flat_params, x)
    got = np.asarray(got, dtype=np.float64)
    assert expected.shape == got.shape
    # Sums of float32 products: allow rounding proportional to the size of the terms.
    assert np.all(np.abs(got - expected) <= 1e-5 * np.abs(expected) + 2e-5 * scale + 1e-6)


@st.composite
def _problems(draw):
    n, d = draw(st.integers(1, 12)), draw(st.integers(1, 6))
    flat = draw(hnp.arrays(np.float32, (d + 1,), elements=_values))
    x = draw(hnp.arrays(np.float32, (n, d), elements=_values))
    return flat, x


@settings(max_examples=60, deadline=None)
@given(_problems())
def test_solution_matches_closed_form(problem, inputs):
    flat, x = inputs
    solution = problem.load("solution.py")
    _assert_matches(solution(jnp.asarray(flat), jnp.asarray(x)), flat, x)


def test_cases_and_examples_match_closed_form(problem):
    check_cases_and_examples(problem, _assert_matches)


def test_output_shape_and_dtype(problem):
    solution = problem.load("solution.py")
    for kwargs in problem.cases.values():
        result = solution(**kwargs)
        assert result.shape == kwargs["flat_params"].shape
        assert result.dtype == jnp.float32


def test_check_cases_cover_edge_cases(problem):
    cases = list(problem.cases.values())
    assert any(c["x"].shape == (1, 1) for c in cases)
    assert max(c["x"].size for c in cases) >= 500
    assert any(not np.any(c["flat_params"]) for c in cases)
    assert any(np.all(np.asarray(c["flat_params"]) < 0) for c in cases)


def test_starter_fails(problem):
    check_starter_fails(problem)
