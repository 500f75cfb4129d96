"""Hidden tests for vjp_pullback: the reference solution against the closed form uᵀJ."""

from __future__ import annotations

import jax
import jax.numpy as jnp
import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from problem_checks import check_cases_and_examples, check_starter_fails

SLUG = "vjp-pullback"

_values = st.floats(-4, 4, width=32)


def _closed_form(w, x, u):
    """uᵀ W diag(1 − tanh²(x)) = (Wᵀu) ⊙ (1 − tanh²(x)) in float64, with its terms' size."""
    w = np.asarray(w, dtype=np.float64)
    x = np.asarray(x, dtype=np.float64)
    u = np.asarray(u, dtype=np.float64)
    slope = 1.0 - np.tanh(x) ** 2
    return (w.T @ u) * slope, (np.abs(w.T) @ np.abs(u)) * slope


def _assert_matches(got, w, x, u):
    expected, terms = _closed_form(w, x, u)
    got = np.asarray(got, dtype=np.float64)
    assert expected.shape == got.shape
    # float32 tanh' = 1 − tanh² is off by ~1e-7 absolute; Wᵀu by ~1e-7 of its terms.
    bound = 1e-5 * np.abs(expected) + 1e-5 * terms + 1e-6 * (np.abs(w.T) @ np.abs(u)) + 1e-7
    assert np.all(np.abs(got - expected) <= bound)


@st.composite
def _problems(draw):
    m, n = draw(st.integers(1, 8)), draw(st.integers(1, 8))
    w = draw(hnp.arrays(np.float32, (m, n), elements=_values))
    x = draw(hnp.arrays(np.float32, (n,), elements=_values))
    u = draw(hnp.arrays(np.float32, (m,), elements=_values))
    return w, x, u


@settings(max_examples=25, deadline=None)
@given(_problems())
def test_solution_matches_closed_form(problem, inputs):
    w, x, u = inputs
    solution = problem.load("solution.py")
    _assert_matches(solution(jnp.asarray(w), jnp.asarray(x), jnp.asarray(u)), w, x, u)


def test_cases_and_examples_match_closed_form(problem):
    check_cases_and_examples(problem, _assert_matches)


def test_matches_u_times_jacobian(problem):
    # An independent route: the full Jacobian from jacfwd, then u @ J.
    solution = problem.load("solution.py")
    for kwargs in problem.cases.values():
        w, x, u = kwargs["w"], kwargs["x"], kwargs["u"]
        jac = jax.jacfwd(lambda x, w=w: w @ jnp.tanh(x))(x)
        explicit = np.asarray(u @ jac, dtype=np.float64)
        _, terms = _closed_form(w, x, u)
        got = np.asarray(solution(**kwargs), dtype=np.float64)
        assert np.all(np.abs(got - explicit) <= 1e-5 * np.abs(explicit) + 2e-5 * terms + 1e-6)


def test_output_shape_and_dtype(problem):
    solution = problem.load("solution.py")
    for kwargs in problem.cases.values():
        result = solution(**kwargs)
        assert result.shape == kwargs["x"].shape  # shaped like the input, not the output
        assert result.dtype == jnp.float32


def test_check_cases_cover_edge_cases(problem):
    cases = list(problem.cases.values())
    shapes = [c["w"].shape for c in cases]
    assert (1, 1) in shapes
    assert any(m != n for m, n in shapes)
    assert max(c["w"].size for c in cases) >= 100
    assert any(not np.any(c["u"]) for c in cases)
    assert any(not np.any(c["x"]) for c in cases)
    assert any(np.all(np.asarray(c["w"]) < 0) for c in cases)
    assert any(np.sum(np.asarray(c["u"]) != 0) == 1 and c["u"].size > 1 for c in cases)


def test_starter_fails(problem):
    check_starter_fails(problem)
