"""Hidden tests for poisson_loss_and_grad: the reference solution against the closed form."""

from __future__ import annotations

import jax.numpy as jnp
import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from problem_checks import check_cases_and_examples, check_starter_fails

SLUG = "value-and-grad-together"

_values = st.floats(-2, 2, width=32)


def _closed_form(w, x, counts):
    """With z = x w: L = mean(eᶻ − c z) and ∇L = xᵀ(eᶻ − c) / N, in float64, with term sizes."""
    w = np.asarray(w, dtype=np.float64)
    x = np.asarray(x, dtype=np.float64)
    c = np.asarray(counts, dtype=np.float64)
    z = x @ w
    n = len(c)
    loss = np.mean(np.exp(z) - c * z)
    grad = x.T @ (np.exp(z) - c) / n
    # A float32 z is off by about 1e-7 of |x||w|; eᶻ and c·z carry that error along.
    z_err = np.abs(x) @ np.abs(w) + 1.0
    loss_scale = np.mean(np.exp(z) * z_err + c * z_err)
    grad_scale = np.abs(x.T) @ (np.exp(z) * z_err + c) / n
    return loss, grad, loss_scale, grad_scale


def _assert_matches(got, w, x, counts):
    assert isinstance(got, tuple) and len(got) == 2
    loss, grad, loss_scale, grad_scale = _closed_form(w, x, counts)
    got_loss, got_grad = np.float64(got[0]), np.asarray(got[1], dtype=np.float64)
    assert got_grad.shape == grad.shape
    assert abs(got_loss - loss) <= 1e-5 * abs(loss) + 2e-6 * loss_scale + 1e-7
    assert np.all(np.abs(got_grad - grad) <= 1e-5 * np.abs(grad) + 2e-6 * grad_scale + 1e-7)


@st.composite
def _problems(draw):
    n, d = draw(st.integers(1, 12)), draw(st.integers(1, 5))
    w = draw(hnp.arrays(np.float32, (d,), elements=_values))
    x = draw(hnp.arrays(np.float32, (n, d), elements=_values))
    counts = draw(hnp.arrays(np.float32, (n,), elements=st.integers(0, 20).map(float)))
    return w, x, counts


@settings(max_examples=25, deadline=None)
@given(_problems())
def test_solution_matches_closed_form(problem, inputs):
    w, x, counts = inputs
    solution = problem.load("solution.py")
    _assert_matches(solution(jnp.asarray(w), jnp.asarray(x), jnp.asarray(counts)), w, x, counts)


def test_cases_and_examples_match_closed_form(problem):
    check_cases_and_examples(problem, _assert_matches)


def test_output_shapes_and_dtypes(problem):
    solution = problem.load("solution.py")
    for kwargs in problem.cases.values():
        loss, grad = solution(**kwargs)
        assert loss.shape == ()
        assert grad.shape == kwargs["w"].shape
        assert loss.dtype == grad.dtype == jnp.float32


def test_check_cases_cover_edge_cases(problem):
    cases = list(problem.cases.values())
    assert any(c["x"].shape == (1, 1) for c in cases)
    assert max(c["x"].size for c in cases) >= 100
    assert any(not np.any(c["x"]) for c in cases)
    assert any(not np.any(c["w"]) for c in cases)
    assert any(not np.any(c["counts"]) for c in cases)
    assert any(np.all(np.asarray(c["x"]) < 0) and np.all(np.asarray(c["w"]) < 0) for c in cases)


def test_starter_fails(problem):
    check_starter_fails(problem)
