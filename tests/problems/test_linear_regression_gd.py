"""Hidden tests for fit_linear_regression: the reference solution against a float64 numpy loop."""

from __future__ import annotations

import jax.numpy as jnp
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from problem_checks import check_cases_and_examples, check_starter_fails

SLUG = "linear-regression-gd"

_values = st.floats(-3, 3, width=32)


def _numpy_descent(x, y, learning_rate, num_steps):
    """The same loop written out by hand in float64: dL/dw = 2/N xᵀr and dL/db = 2/N Σr."""
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    n = x.shape[0]
    w, b = np.zeros(x.shape[1]), 0.0
    losses = []
    for _ in range(num_steps):
        r = x @ w + b - y
        losses.append(np.mean(r**2))
        w, b = w - learning_rate * 2.0 / n * (x.T @ r), b - learning_rate * 2.0 / n * r.sum()
    return w, b, np.array(losses)


def _assert_matches(got, x, y, learning_rate, num_steps):
    w, b, losses = _numpy_descent(x, y, learning_rate, num_steps)
    assert isinstance(got, tuple) and len(got) == 3
    got_w, got_b, got_losses = (np.asarray(g, dtype=np.float64) for g in got)
    assert got_w.shape == w.shape and got_b.shape == () and got_losses.shape == losses.shape
    # float32 rounding made at every step is carried along by the later ones: allow for it in
    # proportion to the size of the data and the number of steps.
    size = 1.0 + np.abs(np.asarray(x)).max(initial=0.0) + np.abs(np.asarray(y)).max()
    tol = 2e-6 * num_steps * size
    np.testing.assert_allclose(got_w, w, rtol=1e-4, atol=tol)
    np.testing.assert_allclose(got_b, b, rtol=1e-4, atol=tol)
    np.testing.assert_allclose(got_losses, losses, rtol=1e-4, atol=tol * size)


@st.composite
def _problems(draw):
    n, d = draw(st.integers(1, 12)), draw(st.integers(1, 4))
    x = draw(hnp.arrays(np.float32, (n, d), elements=_values))
    y = draw(hnp.arrays(np.float32, (n,), elements=_values))
    # A step size below 2 / (largest curvature) keeps the descent stable, as a user would pick.
    design = np.hstack([x.astype(np.float64), np.ones((n, 1))])
    curvature = 2.0 / n * np.linalg.eigvalsh(design.T @ design).max()
    learning_rate = draw(st.floats(0.05, 1.5)) / curvature
    return x, y, float(np.float32(learning_rate)), draw(st.integers(1, 30))


@settings(max_examples=25, deadline=None)
@given(_problems())
def test_solution_matches_numpy_loop(problem, inputs):
    x, y, learning_rate, num_steps = inputs
    solution = problem.load("solution.py")
    got = solution(jnp.asarray(x), jnp.asarray(y), learning_rate, num_steps)
    _assert_matches(got, x, y, learning_rate, num_steps)


def test_cases_and_examples_match_numpy_loop(problem):
    check_cases_and_examples(problem, _assert_matches)


@pytest.fixture(scope="module")
def case_results(problem):
    """The solution's output on every check case, computed once for the tests below."""
    solution = problem.load("solution.py")
    return [(kwargs, solution(**kwargs)) for kwargs in problem.cases.values()]


def test_output_shapes_and_dtypes(case_results):
    for kwargs, (w, b, losses) in case_results:
        assert w.shape == (kwargs["x"].shape[1],)
        assert b.shape == ()
        assert losses.shape == (kwargs["num_steps"],)
        assert w.dtype == b.dtype == losses.dtype == jnp.float32


def test_losses_fall_on_every_case(case_results):
    # Each case uses a stable step size, so the recorded loss never goes up.
    for _, (_, _, losses) in case_results:
        losses = np.asarray(losses, dtype=np.float64)
        assert np.all(np.diff(losses) <= 1e-6 * (1.0 + losses[:-1]))


def test_check_cases_cover_edge_cases(problem):
    cases = list(problem.cases.values())
    assert any(c["x"].shape == (1, 1) for c in cases)
    assert max(c["x"].size for c in cases) >= 100
    assert any(not np.any(c["x"]) and not np.any(c["y"]) for c in cases)
    assert any(np.all(np.asarray(c["x"]) < 0) and np.all(np.asarray(c["y"]) < 0) for c in cases)
    assert any(c["num_steps"] == 1 for c in cases)
    assert any(c["x"].shape[1] > c["x"].shape[0] for c in cases)


def test_starter_fails(problem):
    check_starter_fails(problem)
