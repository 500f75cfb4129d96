"""Hidden tests for softplus_with_slope: values and slopes against float64 closed forms."""

from __future__ import annotations

import jax.numpy as jnp
import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from jax.test_util import check_grads
from problem_checks import check_cases_and_examples, check_starter_fails

SLUG = "check-grads"

def _exact(x):
    """softplus and sigmoid in float64, where nothing overflows for |x| < 700."""
    x = np.asarray(x, dtype=np.float64)
    return np.logaddexp(0.0, x), 1.0 / (1.0 + np.exp(-x))


def _assert_matches(got, x):
    values, slopes = (np.asarray(part, dtype=np.float64) for part in got)
    x32 = np.asarray(x, dtype=np.float32)
    want_values, want_slopes = _exact(x32)
    assert values.shape == x32.shape and slopes.shape == x32.shape
    assert np.all(np.isfinite(values)) and np.all(np.isfinite(slopes))
    # A few float32 roundings of log1p, exp and the sum; tiny results may flush to zero.
    assert np.all(np.abs(values - want_values) <= 1e-6 * np.abs(want_values) + 1e-7)
    assert np.all(np.abs(slopes - want_slopes) <= 1e-6 * np.abs(want_slopes) + 1e-7)


@settings(max_examples=25, deadline=None)
@given(x=hnp.arrays(np.float32, st.integers(1, 12), elements=st.floats(-600, 600, width=32)))
def test_solution_matches_float64_softplus(problem, x):
    solution = problem.load("solution.py")
    _assert_matches(solution(jnp.asarray(x)), x)


def test_cases_and_examples_match_float64_softplus(problem):
    check_cases_and_examples(problem, _assert_matches)


def _wrong_answers(x):
    """What four plausible mistakes return, modelled in float32 numpy."""
    x = np.asarray(x, dtype=np.float32)
    values, slopes = (v.astype(np.float32) for v in _exact(x))
    with np.errstate(over="ignore", invalid="ignore"):
        e = np.exp(x)
        return {
            "autodiff through max and abs": (values, np.where(x == 0, np.float32(0), slopes)),
            "log(1 + exp(x)) as written": (np.log(np.float32(1) + e), slopes),
            "exp(x) / (1 + exp(x)) as the rule": (values, e / (np.float32(1) + e)),
            "x + log1p(exp(-x)) for every x": (x + np.log1p(np.exp(-x)), slopes),
        }


def _passes(got, want):
    # The exercise's default tolerance, as the widget applies it.
    return all(
        np.all(np.abs(np.asarray(g, np.float64) - w) <= 1e-6 + 1e-5 * np.abs(w))
        for g, w in zip(got, want, strict=True)
    )


def test_check_cases_reject_each_plausible_mistake(problem):
    for mistake in _wrong_answers(np.zeros(1)):
        assert not all(
            _passes(_wrong_answers(c["x"])[mistake], _exact(c["x"]))
            for c in problem.cases.values()
        ), mistake


def test_reference_rule_passes_check_grads_and_probes_include_the_kink(problem):
    solution = problem.load("solution.py")
    probes = np.asarray(solution.__globals__["PROBES"])
    assert np.any(probes == 0.0) and np.all(np.abs(probes) <= 10.0)
    softplus = solution.__globals__["softplus"]
    check_grads(softplus, (jnp.asarray(probes),), order=2, modes=("fwd", "rev"))


def test_output_shape_and_dtype(problem):
    solution = problem.load("solution.py")
    for kwargs in problem.cases.values():
        result = solution(**kwargs)
        assert isinstance(result, tuple) and len(result) == 2
        for part in result:
            assert part.shape == kwargs["x"].shape
            assert part.dtype == jnp.float32


def test_check_cases_cover_edge_cases(problem):
    arrays = [np.asarray(c["x"]) for c in problem.cases.values()]
    assert any(a.shape == (1,) for a in arrays)
    assert max(a.size for a in arrays) >= 100
    assert any(a.ndim == 2 for a in arrays)
    assert any(not np.any(a) for a in arrays)
    assert any(np.all(a < 0) for a in arrays)


def test_starter_fails(problem):
    check_starter_fails(problem)
