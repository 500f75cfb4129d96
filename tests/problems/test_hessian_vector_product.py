"""Hidden tests for hvp: the reference solution against an explicit Hessian times v."""

from __future__ import annotations

import jax
import jax.numpy as jnp
import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from problem_checks import check_cases_and_examples, check_starter_fails

SLUG = "hessian-vector-product"

_values = st.floats(-4, 4, width=32)


def _explicit_hessian(w, x):
    """H = xᵀ diag(σ(z)(1 − σ(z))) x with z = x w, in float64, and the size of z's terms."""
    w = np.asarray(w, dtype=np.float64)
    x = np.asarray(x, dtype=np.float64)
    p = 1.0 / (1.0 + np.exp(-(x @ w)))
    return x.T @ ((p * (1.0 - p))[:, None] * x), np.abs(x) @ np.abs(w)


def _assert_matches(got, w, x, v):
    hessian, z_scale = _explicit_hessian(w, x)
    v64 = np.asarray(v, dtype=np.float64)
    expected = hessian @ v64
    got = np.asarray(got, dtype=np.float64)
    assert expected.shape == got.shape
    # The float32 curvature of example i is off by ~1e-7 (1 + its logit's terms); it is
    # weighted by |xᵢ| (|xᵢ| · |v|), and the products round at ~1e-7 of those terms.
    ax = np.abs(np.asarray(x, dtype=np.float64))
    terms = ax.T @ ((1.0 + z_scale) * (ax @ np.abs(v64)))
    bound = 1e-5 * np.abs(expected) + 1e-6 * terms + 1e-7
    assert np.all(np.abs(got - expected) <= bound)


@st.composite
def _problems(draw):
    n, d = draw(st.integers(1, 10)), draw(st.integers(1, 8))
    w = draw(hnp.arrays(np.float32, (d,), elements=_values))
    x = draw(hnp.arrays(np.float32, (n, d), elements=_values))
    v = draw(hnp.arrays(np.float32, (d,), elements=_values))
    return w, x, v


@settings(max_examples=25, deadline=None)
@given(_problems())
def test_solution_matches_explicit_hessian(problem, inputs):
    w, x, v = inputs
    solution = problem.load("solution.py")
    _assert_matches(solution(jnp.asarray(w), jnp.asarray(x), jnp.asarray(v)), w, x, v)


def test_cases_and_examples_match_explicit_hessian(problem):
    check_cases_and_examples(problem, _assert_matches)


def test_matches_jax_hessian_times_v(problem):
    # An independent route in JAX itself: the full float32 Hessian, then a matrix product.
    solution = problem.load("solution.py")
    for kwargs in problem.cases.values():
        w, x, v = kwargs["w"], kwargs["x"], kwargs["v"]
        hessian = jax.hessian(lambda w, x=x: jnp.sum(jax.nn.softplus(x @ w)))(w)
        explicit = np.asarray(hessian @ v, dtype=np.float64)
        _, z_scale = _explicit_hessian(w, x)
        ax, av = np.abs(np.asarray(x, np.float64)), np.abs(np.asarray(v, np.float64))
        bound = 1e-5 * np.abs(explicit) + 2e-6 * (ax.T @ ((1.0 + z_scale) * (ax @ av))) + 1e-7
        assert np.all(np.abs(np.asarray(solution(**kwargs), np.float64) - explicit) <= bound)


def test_linear_in_v(problem):
    solution = problem.load("solution.py")
    for kwargs in problem.cases.values():
        once = np.asarray(solution(**kwargs), dtype=np.float64)
        twice = np.asarray(solution(**dict(kwargs, v=-2.0 * kwargs["v"])), dtype=np.float64)
        np.testing.assert_allclose(twice, -2.0 * once, rtol=1e-5, atol=1e-6)


def test_output_shape_and_dtype(problem):
    solution = problem.load("solution.py")
    for kwargs in problem.cases.values():
        result = solution(**kwargs)
        assert result.shape == kwargs["w"].shape
        assert result.dtype == jnp.float32


def test_check_cases_cover_edge_cases(problem):
    cases = list(problem.cases.values())
    assert any(c["x"].shape == (1, 1) for c in cases)
    assert any(c["x"].shape[0] < c["x"].shape[1] for c in cases)  # a singular Hessian
    assert max(c["x"].size for c in cases) >= 100
    assert any(not np.any(c["v"]) for c in cases)
    assert any(not np.any(c["w"]) for c in cases)
    assert any(np.all(np.asarray(c["x"]) < 0) for c in cases)
    assert any(np.max(np.abs(np.asarray(c["x"] @ c["w"]))) > 20 for c in cases)  # saturated


def test_starter_fails(problem):
    check_starter_fails(problem)
