"""Hidden tests for layer_jacobian: the reference solution against the closed form."""

from __future__ import annotations

import jax.numpy as jnp
import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from problem_checks import check_cases_and_examples, check_starter_fails

SLUG = "jacobian-of-vector-function"

_values = st.floats(-3, 3, width=32)


def _closed_form(w, b, x):
    """d tanh(W x + b)/dx = diag(1 − tanh²(z)) W in float64, and the size of z's terms."""
    w = np.asarray(w, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    x = np.asarray(x, dtype=np.float64)
    z = w @ x + b
    return (1.0 - np.tanh(z) ** 2)[:, None] * w, np.abs(w) @ np.abs(x) + np.abs(b)


def _assert_matches(got, w, b, x):
    expected, z_scale = _closed_form(w, b, x)
    got = np.asarray(got, dtype=np.float64)
    assert expected.shape == got.shape
    # float32 z is off by ~1e-7 of its terms and tanh' = 1 − tanh² loses ~1e-7 absolute;
    # the slope of tanh' is below 0.8, so each row's error scales with |w| (1 + z's terms).
    bound = 1e-5 * np.abs(expected) + 1e-6 * (1.0 + z_scale)[:, None] * np.abs(w) + 1e-7
    assert np.all(np.abs(got - expected) <= bound)


@st.composite
def _problems(draw):
    m, n = draw(st.integers(1, 8)), draw(st.integers(1, 8))
    w = draw(hnp.arrays(np.float32, (m, n), elements=_values))
    b = draw(hnp.arrays(np.float32, (m,), elements=_values))
    x = draw(hnp.arrays(np.float32, (n,), elements=_values))
    return w, b, x


@settings(max_examples=25, deadline=None)
@given(_problems())
def test_solution_matches_closed_form(problem, inputs):
    w, b, x = inputs
    solution = problem.load("solution.py")
    _assert_matches(solution(jnp.asarray(w), jnp.asarray(b), jnp.asarray(x)), w, b, x)


def test_cases_and_examples_match_closed_form(problem):
    check_cases_and_examples(problem, _assert_matches)


def test_output_shape_and_dtype(problem):
    solution = problem.load("solution.py")
    for kwargs in problem.cases.values():
        result = solution(**kwargs)
        assert result.shape == kwargs["w"].shape  # (outputs, inputs), not transposed
        assert result.dtype == jnp.float32


def test_check_cases_cover_edge_cases(problem):
    cases = list(problem.cases.values())
    shapes = [c["w"].shape for c in cases]
    assert (1, 1) in shapes
    assert any(m > n for m, n in shapes) and any(m < n for m, n in shapes)
    assert max(c["w"].size for c in cases) >= 100
    assert any(not np.any(c["w"]) for c in cases)
    assert any(not np.any(c["x"]) for c in cases)
    assert any(np.all(np.asarray(c["x"]) < 0) for c in cases)


def test_starter_fails(problem):
    check_starter_fails(problem)
