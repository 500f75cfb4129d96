"""Hidden tests for mse_gradient: the reference solution against (2/n) Xᵀ(Xw + b − y)."""

from __future__ import annotations

import jax
import jax.numpy as jnp
import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from problem_checks import check_cases_and_examples, check_starter_fails

SLUG = "mse-gradient"

_values = st.floats(-50, 50, width=32)
_EPS = np.finfo(np.float32).eps


def _closed_form(w, b, x, y):
    """dw = (2/n) Xᵀr and db = (2/n) Σr with r = Xw + b − y, in float64, with term sizes."""
    w, x, y = (np.asarray(a, np.float64) for a in (w, x, y))
    b = np.float64(np.float32(b))
    n = len(y)
    r = x @ w + b - y
    r_size = np.abs(x) @ np.abs(w) + abs(b) + np.abs(y)
    return 2 / n * x.T @ r, 2 / n * np.sum(r), 2 / n * np.abs(x.T) @ r_size, 2 / n * np.sum(r_size)


def _assert_matches(got, w, b, x, y):
    assert isinstance(got, tuple) and len(got) == 2
    dw, db, dw_size, db_size = _closed_form(w, b, x, y)
    got_dw, got_db = np.asarray(got[0], np.float64), np.asarray(got[1], np.float64)
    assert got_dw.shape == dw.shape and got_db.shape == ()
    # A float32 dot product or sum of k terms is off by at most about k roundings of its size.
    n, d = np.shape(x)
    bound = (n + d + 4) * _EPS
    assert np.all(np.abs(got_dw - dw) <= bound * dw_size + 1e-30)
    assert abs(got_db - db) <= bound * db_size + 1e-30


@st.composite
def _problems(draw):
    n, d = draw(st.integers(1, 12)), draw(st.integers(1, 5))
    w = draw(hnp.arrays(np.float32, (d,), elements=_values))
    x = draw(hnp.arrays(np.float32, (n, d), elements=_values))
    y = draw(hnp.arrays(np.float32, (n,), elements=_values))
    b = draw(_values)
    return w, b, x, y


@settings(max_examples=25, deadline=None)
@given(_problems(), st.booleans())
def test_solution_matches_closed_form(problem, inputs, bias_as_array):
    w, b, x, y = inputs
    solution = problem.load("solution.py")
    bias = jnp.float32(b) if bias_as_array else b
    got = solution(jnp.asarray(w), bias, jnp.asarray(x), jnp.asarray(y))
    _assert_matches(got, w, b, x, y)


def test_cases_and_examples_match_closed_form(problem):
    check_cases_and_examples(problem, _assert_matches)


def test_gradient_vanishes_at_an_exact_fit(problem):
    solution = problem.load("solution.py")
    x = jnp.array([[1.0, -2.0, 0.5], [0.0, 1.0, 4.0], [2.0, 2.0, -1.0], [-3.0, 0.0, 1.0]])
    w, b = jnp.array([0.25, -1.5, 2.0]), 0.75
    dw, db = solution(w, b, x, x @ w + b)
    np.testing.assert_array_equal(np.asarray(dw), 0.0)
    assert float(db) == 0.0


def test_output_shapes_and_dtypes(problem):
    solution = problem.load("solution.py")
    for kwargs in problem.cases.values():
        dw, db = solution(**kwargs)
        assert isinstance(dw, jax.Array) and isinstance(db, jax.Array)
        assert dw.shape == kwargs["w"].shape and db.shape == ()
        assert dw.dtype == db.dtype == jnp.float32


def test_check_cases_cover_edge_cases(problem):
    cases = list(problem.cases.values())
    shapes = [np.shape(c["x"]) for c in cases]
    assert (1, 1) in shapes
    assert max(n * d for n, d in shapes) >= 300
    assert any(d > n for n, d in shapes)
    assert any(not np.any(c["x"]) and not np.any(c["w"]) for c in cases)
    assert any(not np.any(c["x"]) and np.any(c["y"]) for c in cases)  # only b is learnt
    assert any(not np.any(c["w"]) and np.any(c["x"]) for c in cases)
    fitted = [c for c in cases if np.any(c["x"]) and np.array_equal(
        np.asarray(c["x"] @ c["w"] + c["b"]), np.asarray(c["y"]))]
    assert fitted  # the gradient is zero there
    assert any(all(np.all(np.asarray(c[k]) < 0) for k in ("w", "b", "x", "y")) for c in cases)
    assert any(isinstance(c["b"], float) for c in cases)
    assert any(isinstance(c["b"], jax.Array) for c in cases)


def test_starter_fails(problem):
    check_starter_fails(problem)
