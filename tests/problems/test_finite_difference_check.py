"""Hidden tests for central_differences: against float64 differences, with float32 modelled."""

from __future__ import annotations

import jax.numpy as jnp
import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from problem_checks import check_cases_and_examples, check_starter_fails

SLUG = "finite-difference-check"

# The exercise's tolerance, from the page's front matter.
ATOL = 5e-4


def _bowl(x):
    return np.sum(np.sin(x)) + 0.5 * np.sum(x) ** 2


def _float64_differences(x, eps):
    x = np.asarray(x, dtype=np.float64)
    steps = eps * np.eye(x.size)
    return np.array([(_bowl(x + s) - _bowl(x - s)) / (2 * eps) for s in steps])


def _exact_gradient(x):
    x = np.asarray(x, dtype=np.float64)
    return np.cos(x) + x.sum()


def _assert_matches(got, x, eps):
    x32 = np.asarray(x, dtype=np.float32)
    got = np.asarray(got, dtype=np.float64)
    assert got.shape == x32.shape
    # Where x ± eps rounds back to x in float32, both evaluations are the same number.
    lost = (x32 + np.float32(eps) == x32) & (x32 - np.float32(eps) == x32)
    assert np.all(got[lost] == 0.0)
    x64 = x32.astype(np.float64)
    expected = _float64_differences(x64, eps)
    n = x64.size
    # Each float32 evaluation of f is off by ~1e-7 per term summed; the difference of two
    # of them is divided by 2 eps. The step itself is rounded where it is added to x.
    size_of_f = np.sum(np.abs(np.sin(x64))) + 0.5 * (np.sum(np.abs(x64)) + eps) ** 2
    rounding_of_f = 1.2e-7 * (n + 2) * size_of_f / eps
    rounding_of_step = 1.2e-7 * (np.abs(_exact_gradient(x64)) + 1.0) * (np.abs(x64) + eps) / eps
    bound = 1e-5 * np.abs(expected) + rounding_of_f + rounding_of_step + 1e-6
    assert np.all(np.abs(got - expected)[~lost] <= bound[~lost])


@settings(max_examples=25, deadline=None)
@given(
    x=hnp.arrays(np.float32, st.integers(1, 10), elements=st.floats(-3, 3, width=32)),
    eps=st.sampled_from([1.0, 0.5, 0.1, 1e-2, 3e-3, 1e-3, 1e-8]) | st.floats(1e-3, 1.0),
)
def test_solution_matches_float64_differences(problem, x, eps):
    solution = problem.load("solution.py")
    _assert_matches(solution(jnp.asarray(x), eps), x, eps)


def test_cases_and_examples_match_float64_differences(problem):
    check_cases_and_examples(problem, _assert_matches)


def test_checks_reject_the_exact_gradient_and_forward_differences(problem):
    """Some case tells a central difference from jax.grad, and from a one-sided difference."""
    beats_exact = beats_forward = False
    for kwargs in problem.cases.values():
        x, eps = np.asarray(kwargs["x"], dtype=np.float64), kwargs["eps"]
        central = _float64_differences(x, eps)
        forward = np.array([(_bowl(x + s) - _bowl(x)) / eps for s in eps * np.eye(x.size)])
        beats_exact |= np.max(np.abs(central - _exact_gradient(x))) > 10 * ATOL
        beats_forward |= np.max(np.abs(central - forward)) > 10 * ATOL
    assert beats_exact and beats_forward


def test_output_shape_and_dtype(problem):
    solution = problem.load("solution.py")
    for kwargs in problem.cases.values():
        result = solution(**kwargs)
        assert result.shape == kwargs["x"].shape
        assert result.dtype == jnp.float32


def test_check_cases_cover_edge_cases(problem):
    cases = list(problem.cases.values())
    assert any(c["x"].shape == (1,) for c in cases)
    assert max(c["x"].size for c in cases) >= 100
    assert any(not np.any(c["x"]) for c in cases)
    assert any(np.all(np.asarray(c["x"]) < 0) for c in cases)
    assert any(c["eps"] < 1e-7 for c in cases) and any(c["eps"] >= 0.5 for c in cases)
    assert any(abs(c["eps"] - 1e-3) < 1e-9 for c in cases)  # the float32 sweet spot


def test_starter_fails(problem):
    check_starter_fails(problem)
