"""Hidden tests for newton_minimize: the reference solution against a float64 numpy Newton loop."""

from __future__ import annotations

import jax.numpy as jnp
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from problem_checks import check_cases_and_examples, check_starter_fails

SLUG = "newtons-method"

_EPS32 = float(np.finfo(np.float32).eps)


def _sigmoid(x):
    return 0.5 * (1.0 + np.tanh(0.5 * x))  # the softplus's derivative, without overflow


def _gradient(a, b, x):
    """∇f = A x - b + σ(x), and the size of its terms."""
    s = _sigmoid(x)
    return a @ x - b + s, np.abs(a) @ np.abs(x) + np.abs(b) + s


def _numpy_newton(a, b, x0, steps):
    """Newton's method written out by hand in float64: H = A + diag(σ(x)(1 - σ(x)))."""
    a, b = np.asarray(a, np.float64), np.asarray(b, np.float64)
    x = np.asarray(x0, np.float64)
    for _ in range(steps):
        s = _sigmoid(x)
        x = x - np.linalg.solve(a + np.diag(s * (1.0 - s)), _gradient(a, b, x)[0])
    return x


def _tolerance(a, x):
    # Each float32 solve is off by about cond(A) roundings of the iterate's size; Newton's
    # method corrects earlier errors rather than piling them up.
    return 1e-5 * np.linalg.cond(np.asarray(a, np.float64)) * (1.0 + np.abs(x).max())


def _assert_matches(got, a, b, x0, steps):
    expected = _numpy_newton(a, b, x0, steps)
    got = np.asarray(got, np.float64)
    assert expected.shape == got.shape
    assert np.all(np.abs(got - expected) <= _tolerance(a, expected))


def _assert_at_minimum(x, a, b):
    a, b = np.asarray(a, np.float64), np.asarray(b, np.float64)
    gradient, size = _gradient(a, b, np.asarray(x, np.float64))
    bound = 1e-5 * np.linalg.cond(a) * size.max()
    assert np.linalg.norm(gradient, np.inf) <= bound


@st.composite
def _problems(draw):
    n = draw(st.integers(1, 6))
    m = draw(hnp.arrays(np.float32, (n, n), elements=st.floats(-2, 2, width=32)))
    m = m.astype(np.float64)
    # Symmetric positive definite, with its smallest eigenvalue at least `shift`.
    shift = draw(st.floats(0.5, 3.0))
    a = (m.T @ m / n + shift * np.eye(n)).astype(np.float32)
    a = (a + a.T) / 2
    b = draw(hnp.arrays(np.float32, (n,), elements=st.floats(-5, 5, width=32)))
    x0 = draw(hnp.arrays(np.float32, (n,), elements=st.floats(-10, 10, width=32)))
    return a, b, x0


@settings(max_examples=25, deadline=None)
@given(_problems(), st.integers(0, 8))
def test_solution_matches_numpy_newton(problem, inputs, steps):
    a, b, x0 = inputs
    solution = problem.load("solution.py")
    got = solution(jnp.asarray(a), jnp.asarray(b), jnp.asarray(x0), steps)
    _assert_matches(got, a, b, x0, steps)


@settings(max_examples=15, deadline=None)
@given(_problems())
def test_ten_steps_reach_the_minimum(problem, inputs):
    a, b, x0 = inputs
    solution = problem.load("solution.py")
    _assert_at_minimum(solution(jnp.asarray(a), jnp.asarray(b), jnp.asarray(x0), 10), a, b)


def test_cases_and_examples_match_numpy_newton(problem):
    check_cases_and_examples(problem, _assert_matches)


@pytest.fixture(scope="module")
def case_results(problem):
    """The solution's output on every check case, computed once for the tests below."""
    solution = problem.load("solution.py")
    return [(kwargs, solution(**kwargs)) for kwargs in problem.cases.values()]


def test_output_shape_and_dtype(case_results):
    for kwargs, x in case_results:
        assert x.shape == kwargs["x0"].shape
        assert x.dtype == jnp.float32


def test_no_steps_returns_the_start(case_results):
    for kwargs, x in case_results:
        if kwargs["steps"] == 0:
            np.testing.assert_array_equal(np.asarray(x), np.asarray(kwargs["x0"]))


def test_cases_with_several_steps_end_at_the_minimum(case_results):
    for kwargs, x in case_results:
        if kwargs["steps"] >= 3:
            _assert_at_minimum(x, kwargs["a"], kwargs["b"])


def test_check_cases_cover_edge_cases(problem):
    cases = list(problem.cases.values())
    for c in cases:
        a = np.asarray(c["a"], np.float64)
        assert isinstance(c["steps"], int)
        np.testing.assert_array_equal(a, a.T)
        assert np.linalg.eigvalsh(a).min() > 0
    assert any(c["a"].shape == (1, 1) for c in cases)
    assert max(c["a"].size for c in cases) >= 256
    assert any(not np.any(c["b"]) and not np.any(c["x0"]) for c in cases)
    assert any(np.all(np.asarray(c["b"]) < 0) and np.all(np.asarray(c["x0"]) < 0) for c in cases)
    assert {0, 1} <= {c["steps"] for c in cases}
    assert any(np.abs(np.asarray(c["x0"])).max() >= 10 for c in cases)
    # A start where the gradient is already exactly zero: Newton must not move.
    assert any(
        not np.any(_gradient(np.asarray(c["a"], np.float64), np.asarray(c["b"], np.float64),
                             np.asarray(c["x0"], np.float64))[0])
        for c in cases
    )


def test_starter_fails(problem):
    check_starter_fails(problem)
