"""Hidden tests for softmax_jvp: the reference solution against the closed form s ⊙ (v − s·v)."""

from __future__ import annotations

import jax.numpy as jnp
import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from problem_checks import check_cases_and_examples, check_starter_fails

SLUG = "directional-derivative-jvp"

_values = st.floats(-20, 20, width=32)


def _closed_form(x, v):
    """softmax(x) and J v = s ⊙ (v − s·v) in float64, with the size of the derivative's terms."""
    x = np.asarray(x, dtype=np.float64)
    v = np.asarray(v, dtype=np.float64)
    e = np.exp(x - x.max())
    s = e / e.sum()
    return s, s * (v - s @ v), s * (np.abs(v) + s @ np.abs(v))


def _relative_error(x):
    # float32 exp(xᵢ − max) is off by ~6e-8 |xᵢ − max| relative, and the normaliser by the
    # same weighted over all entries: at most 6e-8 of the logits' spread, plus rounding.
    x = np.asarray(x, dtype=np.float64)
    return 1e-5 + 2e-6 * (x.max() - x.min())


def _assert_matches(got, x, v):
    value, derivative, terms = _closed_form(x, v)
    assert isinstance(got, tuple) and len(got) == 2
    got_value, got_derivative = (np.asarray(g, dtype=np.float64) for g in got)
    assert got_value.shape == value.shape and got_derivative.shape == derivative.shape
    r = _relative_error(x)
    assert np.all(np.abs(got_value - value) <= r * value + 1e-7)
    assert np.all(np.abs(got_derivative - derivative) <= r * terms + 1e-7)


@st.composite
def _problems(draw):
    n = draw(st.integers(1, 40))
    x = draw(hnp.arrays(np.float32, (n,), elements=_values))
    v = draw(hnp.arrays(np.float32, (n,), elements=st.floats(-5, 5, width=32)))
    return x, v


@settings(max_examples=25, deadline=None)
@given(_problems())
def test_solution_matches_closed_form(problem, inputs):
    x, v = inputs
    solution = problem.load("solution.py")
    _assert_matches(solution(jnp.asarray(x), jnp.asarray(v)), x, v)


def test_cases_and_examples_match_closed_form(problem):
    check_cases_and_examples(problem, _assert_matches)


def test_derivative_sums_to_zero(problem):
    # Probabilities always sum to 1, so no direction can change their total.
    solution = problem.load("solution.py")
    for kwargs in problem.cases.values():
        _, derivative = solution(**kwargs)
        _, _, terms = _closed_form(kwargs["x"], kwargs["v"])
        total = np.asarray(derivative, dtype=np.float64).sum()
        assert abs(total) <= _relative_error(kwargs["x"]) * terms.sum() + 1e-6


def test_output_shape_and_dtype(problem):
    solution = problem.load("solution.py")
    for kwargs in problem.cases.values():
        result = solution(**kwargs)
        assert isinstance(result, tuple) and len(result) == 2
        for part in result:
            assert part.shape == kwargs["x"].shape
            assert part.dtype == jnp.float32


def test_check_cases_cover_edge_cases(problem):
    cases = [(np.asarray(c["x"]), np.asarray(c["v"])) for c in problem.cases.values()]
    assert any(x.size == 1 for x, _ in cases)
    assert max(x.size for x, _ in cases) >= 100
    assert any(not np.any(x) for x, _ in cases)
    assert any(not np.any(v) for _, v in cases)
    assert any(np.all(x < 0) and np.all(v < 0) for x, v in cases)
    assert any(v.size > 1 and np.any(v) and np.all(v == v[0]) for _, v in cases)  # J v = 0
    assert any(x.max() - x.min() >= 50 for x, _ in cases)


def test_starter_fails(problem):
    check_starter_fails(problem)
