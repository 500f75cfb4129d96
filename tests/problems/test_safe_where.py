"""Hidden tests for spread_gradient: the reference solution against unit vectors in float64."""

from __future__ import annotations

import jax.numpy as jnp
import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from problem_checks import check_cases_and_examples, check_starter_fails

SLUG = "safe-where"


def _unit_vector_sums(points):
    """Row i: sum over j with p_j != p_i of (p_i - p_j) / ||p_i - p_j||, in float64."""
    p = np.asarray(points, dtype=np.float64)
    total = np.zeros_like(p)
    for i in range(p.shape[0]):
        for j in range(p.shape[0]):
            gap = p[i] - p[j]
            length = np.sqrt(np.sum(gap * gap))
            if length > 0:
                total[i] += gap / length
    return total


def _assert_matches(got, points):
    got = np.asarray(got, dtype=np.float64)
    expected = _unit_vector_sums(np.asarray(points, dtype=np.float32))
    assert expected.shape == got.shape
    assert not np.any(np.isnan(got))
    n = expected.shape[0]
    # n - 1 unit vectors, each good to a few float32 ulps, summed with partial sums up to n.
    bound = 5e-7 * n + 1.2e-7 * n * n
    assert np.all(np.abs(got - expected) <= bound)


def _coordinates():
    # Coordinates on a coarse grid repeat often (so do whole rows); nonzero continuous ones
    # are kept above 1e-3 so that no squared distance underflows float32.
    grid = st.integers(-8, 8).map(lambda k: k / 4)
    continuous = st.floats(-100, 100, width=32).filter(lambda v: v == 0 or abs(v) > 1e-3)
    return grid | continuous


@st.composite
def _point_sets(draw):
    n = draw(st.integers(1, 12))
    d = draw(st.integers(1, 4))
    points = draw(hnp.arrays(np.float32, (n, d), elements=_coordinates()))
    repeats = draw(st.lists(st.integers(0, n - 1), max_size=3))
    return np.concatenate([points, points[repeats]]) if repeats else points


@settings(max_examples=25, deadline=None)
@given(_point_sets())
def test_solution_matches_unit_vector_sums(problem, points):
    solution = problem.load("solution.py")
    _assert_matches(solution(jnp.asarray(points)), points)


def test_cases_and_examples_match_unit_vector_sums(problem):
    check_cases_and_examples(problem, _assert_matches)


def test_gradient_is_translation_invariant_and_sums_to_zero(problem):
    solution = problem.load("solution.py")
    for kwargs in problem.cases.values():
        points = kwargs["points"]
        result = np.asarray(solution(points), dtype=np.float64)
        # Every pair adds opposite unit vectors to its two points.
        assert np.all(np.abs(result.sum(axis=0)) <= 1e-5 * points.shape[0] ** 2)
        shifted = np.asarray(solution(points + 0.5), dtype=np.float64)
        np.testing.assert_allclose(shifted, result, atol=1e-3)


def test_check_cases_reject_the_common_mistakes(problem):
    """Duplicates catch a diagonal-only mask, and some case tells one count from two."""
    has_duplicate_rows = doubled_count_differs = False
    for kwargs in problem.cases.values():
        p = np.asarray(kwargs["points"])
        has_duplicate_rows |= len(np.unique(p, axis=0)) < len(p)
        doubled_count_differs |= np.max(np.abs(_unit_vector_sums(p)), initial=0.0) > 0.5
    assert has_duplicate_rows and doubled_count_differs


def test_output_shape_and_dtype(problem):
    solution = problem.load("solution.py")
    for kwargs in problem.cases.values():
        result = solution(**kwargs)
        assert result.shape == kwargs["points"].shape
        assert result.dtype == jnp.float32


def test_check_cases_cover_edge_cases(problem):
    sets = [np.asarray(c["points"]) for c in problem.cases.values()]
    assert any(s.shape[0] == 1 for s in sets)
    assert any(s.shape[1] == 1 for s in sets)
    assert max(s.shape[0] for s in sets) >= 20
    assert any(not np.any(s) for s in sets)
    assert any(np.all(s < 0) for s in sets)
    assert any(s.shape[0] > 1 and len(np.unique(s, axis=0)) == 1 for s in sets)
    # Two distinct points closer than 1e-3: an epsilon under the square root shows there.
    assert any(
        0 < np.linalg.norm(a.astype(np.float64) - b) < 1e-3 for s in sets for a in s for b in s
    )


def test_starter_fails(problem):
    check_starter_fails(problem)
