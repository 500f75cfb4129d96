"""Hidden tests for input_saliency: the reference solution against the closed form."""

from __future__ import annotations

import jax.numpy as jnp
import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from problem_checks import check_cases_and_examples, check_starter_fails

SLUG = "pick-one-argnum"

_values = st.floats(-4, 4, width=32)


def _closed_form(w, b, x):
    """dσ(w·x + b)/dx = σ(z)(1 − σ(z)) w in float64, and the size of the logit's terms."""
    w = np.asarray(w, dtype=np.float64)
    x = np.asarray(x, dtype=np.float64)
    z = w @ x + b
    p = 1.0 / (1.0 + np.exp(-z))
    return p * (1.0 - p) * w, np.abs(w * x).sum() + abs(b)


def _assert_matches(got, w, b, x):
    expected, logit_scale = _closed_form(w, b, x)
    got = np.asarray(got, dtype=np.float64)
    assert expected.shape == got.shape
    # The float32 logit is off by about 1e-7 of its terms; the slope σ' moves by at most a
    # quarter of that, so the error is proportional to |w| times the logit's terms.
    bound = 1e-5 * np.abs(expected) + 1e-6 * (1.0 + logit_scale) * np.abs(w) + 1e-7
    assert np.all(np.abs(got - expected) <= bound)


@st.composite
def _problems(draw):
    d = draw(st.integers(1, 40))
    w = draw(hnp.arrays(np.float32, (d,), elements=_values))
    x = draw(hnp.arrays(np.float32, (d,), elements=_values))
    return w, draw(_values), x


@settings(max_examples=25, deadline=None)
@given(_problems())
def test_solution_matches_closed_form(problem, inputs):
    w, b, x = inputs
    solution = problem.load("solution.py")
    _assert_matches(solution(jnp.asarray(w), b, jnp.asarray(x)), w, b, x)


def test_cases_and_examples_match_closed_form(problem):
    check_cases_and_examples(problem, _assert_matches)


def test_output_shape_and_dtype(problem):
    solution = problem.load("solution.py")
    for kwargs in problem.cases.values():
        result = solution(**kwargs)
        assert result.shape == kwargs["x"].shape
        assert result.dtype == jnp.float32


def test_gradient_is_not_the_weights_gradient(problem):
    # Guards against argnums=0: on this case d/dw and d/dx differ.
    solution = problem.load("solution.py")
    w, x = jnp.array([1.0, -1.0, 2.0]), jnp.array([0.5, 2.0, -0.5])
    got = np.asarray(solution(w, 0.0, x))
    wrong, _ = _closed_form(x, 0.0, w)  # σ'(z)·x: the gradient with respect to w
    assert not np.allclose(got, wrong)


def test_check_cases_cover_edge_cases(problem):
    cases = list(problem.cases.values())
    sizes = [c["x"].size for c in cases]
    assert 1 in sizes and max(sizes) >= 100
    assert any(not np.any(c["x"]) for c in cases)
    assert any(not np.any(c["w"]) for c in cases)
    assert any(np.all(np.asarray(c["x"]) < 0) and np.all(np.asarray(c["w"]) < 0) for c in cases)


def test_starter_fails(problem):
    check_starter_fails(problem)
