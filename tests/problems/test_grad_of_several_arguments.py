"""Hidden tests for gaussian_nll_grads: the reference solution against the closed form."""

from __future__ import annotations

import jax.numpy as jnp
import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from problem_checks import check_cases_and_examples, check_starter_fails

SLUG = "grad-of-several-arguments"

_values = st.floats(-10, 10, width=32)


def _closed_form(x, mu, log_sigma):
    """With r = x − μ and v = σ²: dL/dμ = −mean(r)/v and dL/ds = 1 − mean(r²)/v (float64).

    Also the size of the terms behind each, for the float32 tolerance.
    """
    r = np.asarray(x, dtype=np.float64) - mu
    v = np.exp(2.0 * log_sigma)
    grads = np.array([-r.mean() / v, 1.0 - (r**2).mean() / v])
    scales = np.array([np.abs(r).mean() / v + abs(mu) / v, 1.0 + (r**2).mean() / v])
    return grads, scales


def _assert_matches(got, x, mu, log_sigma):
    assert isinstance(got, tuple) and len(got) == 2
    expected, scales = _closed_form(x, mu, log_sigma)
    got = np.array([np.float64(g) for g in got])
    # float32 rounding of x − μ, of e^s and of the means: relative to the terms, not the result.
    assert np.all(np.abs(got - expected) <= 1e-5 * np.abs(expected) + 2e-6 * scales + 1e-7)


@settings(max_examples=25, deadline=None)
@given(
    x=hnp.arrays(np.float32, st.integers(1, 50), elements=_values),
    mu=_values,
    log_sigma=st.floats(-2, 3, width=32),
)
def test_solution_matches_closed_form(problem, x, mu, log_sigma):
    solution = problem.load("solution.py")
    _assert_matches(solution(jnp.asarray(x), mu, log_sigma), x, mu, log_sigma)


def test_cases_and_examples_match_closed_form(problem):
    check_cases_and_examples(problem, _assert_matches)


def test_output_is_a_pair_of_float32_scalars(problem):
    solution = problem.load("solution.py")
    for kwargs in problem.cases.values():
        result = solution(**kwargs)
        assert isinstance(result, tuple) and len(result) == 2
        for gradient in result:
            assert gradient.shape == ()
            assert gradient.dtype == jnp.float32


def test_check_cases_cover_edge_cases(problem):
    cases = list(problem.cases.values())
    sizes = [c["x"].size for c in cases]
    assert 1 in sizes and max(sizes) >= 100
    assert any(not np.any(c["x"]) for c in cases)
    assert any(np.all(np.asarray(c["x"]) < 0) and c["mu"] < 0 for c in cases)
    assert any(c["log_sigma"] < 0 for c in cases) and any(c["log_sigma"] > 0 for c in cases)


def test_starter_fails(problem):
    check_starter_fails(problem)
