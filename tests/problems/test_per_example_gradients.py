"""Hidden tests for per_example_gradients: the reference solution against the closed form."""

from __future__ import annotations

import jax.numpy as jnp
import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from problem_checks import check_cases_and_examples, check_starter_fails

SLUG = "per-example-gradients"

_values = st.floats(-5, 5, width=32)


def _closed_form(w, xs, ys):
    """Row i is (σ(w·xᵢ) − yᵢ) xᵢ, in float64; also the size of each logit's terms."""
    w, xs, ys = (np.asarray(a, dtype=np.float64) for a in (w, xs, ys))
    logits = xs @ w
    rows = (1.0 / (1.0 + np.exp(-logits)) - ys)[:, None] * xs
    logit_scale = np.abs(xs) @ np.abs(w)
    return rows, logit_scale


def _assert_matches(got, w, xs, ys):
    expected, logit_scale = _closed_form(w, xs, ys)
    got = np.asarray(got, dtype=np.float64)
    assert expected.shape == got.shape
    # A float32 logit is off by ~1e-7 of its terms; σ' ≤ 1/4 carries that into each row,
    # which is then scaled by |x|. σ itself is rounded once more.
    xs = np.abs(np.asarray(xs, dtype=np.float64))
    bound = 1e-5 * np.abs(expected) + (1e-6 * logit_scale[:, None] + 1e-6) * xs + 1e-7
    assert np.all(np.abs(got - expected) <= bound)


@st.composite
def _problems(draw):
    n, d = draw(st.integers(1, 12)), draw(st.integers(1, 6))
    w = draw(hnp.arrays(np.float32, (d,), elements=_values))
    xs = draw(hnp.arrays(np.float32, (n, d), elements=_values))
    ys = draw(hnp.arrays(np.float32, (n,), elements=st.sampled_from([0.0, 1.0])))
    return w, xs, ys


@settings(max_examples=25, deadline=None)
@given(_problems())
def test_solution_matches_closed_form(problem, inputs):
    w, xs, ys = inputs
    solution = problem.load("solution.py")
    _assert_matches(solution(jnp.asarray(w), jnp.asarray(xs), jnp.asarray(ys)), w, xs, ys)


def test_cases_and_examples_match_closed_form(problem):
    check_cases_and_examples(problem, _assert_matches)


def test_rows_add_up_to_the_batch_gradient(problem):
    """The per-example rows sum to the gradient of the summed loss, computed without vmap."""
    solution = problem.load("solution.py")
    for kwargs in problem.cases.values():
        w, xs, ys = (np.asarray(kwargs[k], dtype=np.float64) for k in ("w", "xs", "ys"))
        logits = xs @ w
        batch_gradient = xs.T @ (1.0 / (1.0 + np.exp(-logits)) - ys)
        total = np.asarray(solution(**kwargs), dtype=np.float64).sum(axis=0)
        np.testing.assert_allclose(total, batch_gradient, rtol=1e-4, atol=1e-4)


def test_output_shape_and_dtype(problem):
    solution = problem.load("solution.py")
    for kwargs in problem.cases.values():
        result = solution(**kwargs)
        assert result.shape == kwargs["xs"].shape
        assert result.dtype == jnp.float32


def test_check_cases_cover_edge_cases(problem):
    cases = list(problem.cases.values())
    assert any(c["xs"].shape == (1, 1) for c in cases)
    assert any(c["xs"].shape[0] == c["w"].shape[0] for c in cases)  # where in_axes=0 can't fail
    assert max(c["xs"].size for c in cases) >= 100
    assert any(not np.any(c["xs"]) and not np.any(c["w"]) for c in cases)
    assert any(np.all(np.asarray(c["w"]) < 0) and np.all(np.asarray(c["xs"]) < 0) for c in cases)
    assert {0.0, 1.0} <= {float(y) for c in cases for y in np.asarray(c["ys"])}


def test_starter_fails(problem):
    check_starter_fails(problem)
