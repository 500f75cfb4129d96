"""Hidden tests for clip_by_global_norm: the reference solution against a float64 numpy walk."""

from __future__ import annotations

import jax
import jax.numpy as jnp
import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from problem_checks import check_cases_and_examples, check_starter_fails

SLUG = "global-norm-clipping"

_values = st.floats(-100, 100, width=32)
_TINY = np.finfo(np.float32).tiny  # subnormal float32 inputs may be flushed to zero


def _leaves(tree):
    """The leaves in float64, walking the containers by hand (no jax.tree utilities)."""
    if isinstance(tree, dict):
        return [leaf for key in sorted(tree) for leaf in _leaves(tree[key])]
    if isinstance(tree, list | tuple):
        return [leaf for child in tree for leaf in _leaves(child)]
    return [np.asarray(tree, np.float64)]


def _assert_same_tree(got, grads, factor):
    if isinstance(grads, dict):
        assert isinstance(got, dict) and sorted(got) == sorted(grads)
        for key in grads:
            _assert_same_tree(got[key], grads[key], factor)
    elif isinstance(grads, list | tuple):
        assert type(got) is type(grads) and len(got) == len(grads)
        for g, e in zip(got, grads, strict=True):
            _assert_same_tree(g, e, factor)
    else:
        g = np.asarray(grads, np.float64)
        assert got.shape == g.shape
        assert got.dtype == jnp.float32
        got = np.asarray(got, np.float64)
        assert np.all(np.isfinite(got))
        # The factor carries the norm's relative error (a float32 sum of squares and a root).
        assert np.all(np.abs(got - factor * g) <= 1e-5 * np.abs(g) * factor + _TINY)


def _assert_matches(got, grads, max_norm):
    assert isinstance(got, tuple) and len(got) == 2
    clipped, norm = got
    expected_norm = np.sqrt(sum(np.sum(leaf**2) for leaf in _leaves(grads)))
    assert norm.shape == ()
    assert norm.dtype == jnp.float32
    # Squares below the smallest float32 (entries under about 1e-19) underflow to zero.
    size = sum(leaf.size for leaf in _leaves(grads))
    assert abs(float(norm) - expected_norm) <= 1e-5 * expected_norm + np.sqrt(size * _TINY)
    factor = 1.0 if expected_norm <= max_norm else max_norm / expected_norm
    _assert_same_tree(clipped, grads, factor)


@st.composite
def _trees(draw):
    """A random gradient pytree: dicts, lists and tuples nested up to two levels."""

    def tree(depth):
        kind = draw(st.sampled_from(["leaf", "dict", "list", "tuple"] if depth else ["leaf"]))
        if kind == "leaf":
            shape = draw(hnp.array_shapes(min_dims=0, max_dims=2, max_side=5))
            return jnp.asarray(draw(hnp.arrays(np.float32, shape, elements=_values)))
        size = draw(st.integers(1, 3))
        children = [tree(depth - 1) for _ in range(size)]
        if kind == "dict":
            keys = draw(st.lists(st.text("abcdefgh", min_size=1, max_size=3), min_size=size,
                                 max_size=size, unique=True))
            return dict(zip(keys, children, strict=True))
        return list(children) if kind == "list" else tuple(children)

    return tree(2)


@settings(max_examples=25, deadline=None)
@given(grads=_trees(), max_norm=st.floats(0.01, 500))
def test_solution_matches_numpy(problem, grads, max_norm):
    solution = problem.load("solution.py")
    _assert_matches(solution(grads, max_norm), grads, max_norm)


def test_cases_and_examples_match_numpy(problem):
    check_cases_and_examples(problem, _assert_matches)


def test_clipped_norm_is_at_most_max_norm(problem):
    solution = problem.load("solution.py")
    for kwargs in problem.cases.values():
        clipped, norm = solution(**kwargs)
        clipped_norm = np.sqrt(sum(np.sum(leaf**2) for leaf in _leaves(clipped)))
        assert clipped_norm <= kwargs["max_norm"] * (1 + 1e-5)
        if float(norm) > kwargs["max_norm"]:
            assert abs(clipped_norm - kwargs["max_norm"]) <= 1e-5 * kwargs["max_norm"]


def test_zero_gradient_gives_zeros_not_nan(problem):
    solution = problem.load("solution.py")
    grads = {"w": jnp.zeros((2, 3)), "rest": [jnp.zeros(()), (jnp.zeros(4),)]}
    clipped, norm = solution(grads, 0.5)
    assert float(norm) == 0.0
    for leaf in jax.tree.leaves(clipped):
        np.testing.assert_array_equal(np.asarray(leaf), 0.0)


def test_output_keeps_structure_and_dtype(problem):
    solution = problem.load("solution.py")
    for kwargs in problem.cases.values():
        clipped, norm = solution(**kwargs)
        assert jax.tree.structure(clipped) == jax.tree.structure(kwargs["grads"])
        for got, grad in zip(jax.tree.leaves(clipped), jax.tree.leaves(kwargs["grads"]),
                              strict=True):
            assert got.shape == grad.shape and got.dtype == jnp.float32
        assert norm.shape == () and norm.dtype == jnp.float32


def test_check_cases_cover_edge_cases(problem):
    cases = list(problem.cases.values())
    leaves = [_leaves(c["grads"]) for c in cases]
    norms = [np.sqrt(sum(np.sum(leaf**2) for leaf in ls)) for ls in leaves]
    sizes = [sum(leaf.size for leaf in ls) for ls in leaves]
    assert 1 in sizes and max(sizes) >= 300
    assert any(n == 0 for n in norms)
    assert any(0 < n < c["max_norm"] for n, c in zip(norms, cases, strict=True))
    assert any(n == c["max_norm"] for n, c in zip(norms, cases, strict=True))
    assert any(n > 100 * c["max_norm"] for n, c in zip(norms, cases, strict=True))
    assert any(all(np.all(leaf < 0) for leaf in ls) for ls in leaves)
    assert any(any(leaf.ndim == 0 for leaf in ls) for ls in leaves)
    assert {type(c["grads"]) for c in cases} >= {dict, list, tuple}


def test_starter_fails(problem):
    check_starter_fails(problem)
