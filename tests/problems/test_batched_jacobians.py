"""Hidden tests for arm_jacobians: the reference solution against the arm's closed form."""

from __future__ import annotations

import jax.numpy as jnp
import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from problem_checks import check_cases_and_examples, check_starter_fails

SLUG = "batched-jacobians"


def _closed_form(lengths, angles):
    """With φₖ = θ₀ + … + θₖ: ∂x/∂θⱼ = −Σ_{k≥j} Lₖ sin φₖ, ∂y/∂θⱼ = Σ_{k≥j} Lₖ cos φₖ (float64).

    Also, per configuration, a bound on the size of the float32 rounding in any entry.
    """
    lengths = np.asarray(lengths, dtype=np.float64)
    phi = np.cumsum(np.asarray(angles, dtype=np.float64), axis=1)  # (N, n)
    # Suffix sums over k ≥ j: reverse, cumulative sum, reverse.
    def suffix(a):
        return np.cumsum(a[:, ::-1], axis=1)[:, ::-1]

    dx = -suffix(lengths * np.sin(phi))
    dy = suffix(lengths * np.cos(phi))
    # φ is rounded in float32 (≈1e-7 of Σ|θ|), then each term and each sum once more.
    scale = (lengths * (1.0 + np.abs(phi) + np.abs(angles).sum(axis=1, keepdims=True))).sum(1)
    return np.stack([dx, dy], axis=1), scale


def _assert_matches(got, lengths, angles):
    expected, scale = _closed_form(lengths, angles)
    got = np.asarray(got, dtype=np.float64)
    assert expected.shape == got.shape
    bound = 1e-5 * np.abs(expected) + 1e-6 * scale[:, None, None] + 1e-7
    assert np.all(np.abs(got - expected) <= bound)


@st.composite
def _problems(draw):
    n_poses, n_links = draw(st.integers(1, 8)), draw(st.integers(1, 5))
    lengths = draw(hnp.arrays(np.float32, (n_links,), elements=st.floats(0, 3, width=32)))
    angles = draw(
        hnp.arrays(np.float32, (n_poses, n_links), elements=st.floats(-4, 4, width=32))
    )
    return lengths, angles


@settings(max_examples=25, deadline=None)
@given(_problems())
def test_solution_matches_closed_form(problem, inputs):
    lengths, angles = inputs
    solution = problem.load("solution.py")
    _assert_matches(solution(jnp.asarray(lengths), jnp.asarray(angles)), lengths, angles)


def test_cases_and_examples_match_closed_form(problem):
    check_cases_and_examples(problem, _assert_matches)


def test_two_link_determinant(problem):
    """A two-link arm's Jacobian has determinant L₀ L₁ sin θ₁: singular when straight or folded."""
    solution = problem.load("solution.py")
    lengths = jnp.array([1.5, 0.5])
    angles = jnp.array([[0.3, 0.0], [0.3, 1.0], [-2.0, -0.5], [1.0, np.pi]], dtype=jnp.float32)
    det = np.linalg.det(np.asarray(solution(lengths, angles), dtype=np.float64))
    np.testing.assert_allclose(det, 1.5 * 0.5 * np.sin(np.asarray(angles[:, 1])), atol=1e-6)


def test_output_shape_and_dtype(problem):
    solution = problem.load("solution.py")
    for kwargs in problem.cases.values():
        result = solution(**kwargs)
        n_poses, n_links = kwargs["angles"].shape
        assert result.shape == (n_poses, 2, n_links)
        assert result.dtype == jnp.float32


def test_check_cases_cover_edge_cases(problem):
    cases = list(problem.cases.values())
    assert any(c["angles"].shape == (1, 1) for c in cases)
    assert any(c["angles"].shape[0] == c["angles"].shape[1] for c in cases)
    assert max(c["angles"].size for c in cases) >= 100
    assert any(not np.any(c["lengths"]) and not np.any(c["angles"]) for c in cases)
    assert any(np.all(np.asarray(c["angles"]) < 0) for c in cases)


def test_starter_fails(problem):
    check_starter_fails(problem)
