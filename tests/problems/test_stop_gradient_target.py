"""Hidden tests for td_gradient: the reference solution against the semi-gradient closed form."""

from __future__ import annotations

import jax.numpy as jnp
import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from problem_checks import check_cases_and_examples, check_starter_fails

SLUG = "stop-gradient-target"


def _as64(*arrays):
    return [np.asarray(a, dtype=np.float32).astype(np.float64) for a in arrays]


def _semi_gradient(w, x, r, x_next, gamma):
    """(2/n) * sum_i delta_i x_i, with delta_i = x_i.w - r_i - gamma x'_i.w, in float64."""
    w, x, r, x_next = _as64(w, x, r, x_next)
    delta = x @ w - r - gamma * (x_next @ w)
    return 2.0 / x.shape[0] * (x.T @ delta)


def _residual_gradient(w, x, r, x_next, gamma):
    """The full gradient, target differentiated too: what a missing stop_gradient gives."""
    w, x, r, x_next = _as64(w, x, r, x_next)
    delta = x @ w - r - gamma * (x_next @ w)
    return 2.0 / x.shape[0] * ((x - gamma * x_next).T @ delta)


def _assert_matches(got, w, x, r, x_next, gamma):
    got = np.asarray(got, dtype=np.float64)
    expected = _semi_gradient(w, x, r, x_next, gamma)
    assert expected.shape == got.shape
    w64, x64, r64, xn64 = _as64(w, x, r, x_next)
    n, d = x64.shape
    # float32 roundings in the dot products, the error and the mean, relative to term sizes.
    size_of_delta = np.abs(x64) @ np.abs(w64) + np.abs(r64) + gamma * (np.abs(xn64) @ np.abs(w64))
    size_of_terms = 2.0 / n * (np.abs(x64).T @ size_of_delta)
    bound = 1.2e-7 * (n + d + 4) * size_of_terms + 1e-7
    assert np.all(np.abs(got - expected) <= bound)


_values = st.floats(-10, 10, width=32)


@st.composite
def _batches(draw):
    n, d = draw(st.integers(1, 16)), draw(st.integers(1, 5))
    w = draw(hnp.arrays(np.float32, (d,), elements=_values))
    x = draw(hnp.arrays(np.float32, (n, d), elements=_values))
    r = draw(hnp.arrays(np.float32, (n,), elements=_values))
    x_next = draw(hnp.arrays(np.float32, (n, d), elements=_values))
    gamma = draw(st.sampled_from([0.0, 0.5, 0.9, 0.99, 1.0]) | st.floats(0, 1))
    return w, x, r, x_next, gamma


@settings(max_examples=25, deadline=None)
@given(_batches())
def test_solution_matches_semi_gradient(problem, batch):
    solution = problem.load("solution.py")
    w, x, r, x_next, gamma = batch
    result = solution(jnp.asarray(w), jnp.asarray(x), jnp.asarray(r), jnp.asarray(x_next), gamma)
    _assert_matches(result, w, x, r, x_next, gamma)


def test_cases_and_examples_match_semi_gradient(problem):
    check_cases_and_examples(problem, _assert_matches)


def test_check_cases_reject_the_residual_gradient(problem):
    gaps = [
        np.max(np.abs(_residual_gradient(**c) - _semi_gradient(**c)), initial=0.0)
        for c in problem.cases.values()
    ]
    assert sum(gap > 1e-2 for gap in gaps) >= 4


def test_frozen_target_equals_precomputed_labels(problem):
    """A frozen target acts as fixed labels: pass them as rewards with gamma = 0, same gradient."""
    solution = problem.load("solution.py")
    for kwargs in problem.cases.values():
        labels = kwargs["r"] + kwargs["gamma"] * (kwargs["x_next"] @ kwargs["w"])
        relabelled = dict(kwargs, r=labels, x_next=jnp.zeros_like(kwargs["x_next"]), gamma=0.0)
        np.testing.assert_allclose(
            np.asarray(solution(**relabelled)), np.asarray(solution(**kwargs)),
            rtol=1e-5, atol=1e-5,
        )


def test_output_shape_and_dtype(problem):
    solution = problem.load("solution.py")
    for kwargs in problem.cases.values():
        result = solution(**kwargs)
        assert result.shape == kwargs["w"].shape
        assert result.dtype == jnp.float32


def test_check_cases_cover_edge_cases(problem):
    cases = list(problem.cases.values())
    assert any(c["x"].shape[0] == 1 for c in cases)
    assert any(c["x"].shape[1] == 1 for c in cases)
    assert max(c["x"].shape[0] for c in cases) >= 50
    assert any(not np.any(c["x"]) and not np.any(c["w"]) for c in cases)
    assert any(np.all(np.asarray(c["r"]) < 0) and np.all(np.asarray(c["x"]) < 0) for c in cases)
    gammas = {c["gamma"] for c in cases}
    assert 0.0 in gammas and 1.0 in gammas
    assert any(np.array_equal(c["x"], c["x_next"]) and np.any(c["x"]) for c in cases)


def test_starter_fails(problem):
    check_starter_fails(problem)
