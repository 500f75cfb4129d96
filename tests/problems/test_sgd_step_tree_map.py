"""Hidden tests for sgd_step: the reference solution against a leaf-by-leaf numpy update."""

from __future__ import annotations

from dataclasses import dataclass

import jax
import jax.numpy as jnp
import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from problem_checks import check_cases_and_examples, check_starter_fails

SLUG = "sgd-step-tree-map"

_values = st.floats(-100, 100, width=32)


@dataclass
class _Leaf:
    """One expected leaf in float64, and the size of the terms that produced it."""

    value: np.ndarray
    scale: np.ndarray
    # What the step may lose outright: a rate below float32's smallest normal number is
    # flushed to zero on the CPU, and then the whole step `rate * grad` is gone.
    flushed: np.ndarray | float = 0.0


def _expected(params, grads, learning_rate):
    """The update in float64, walking the containers by hand (no jax.tree utilities)."""
    if isinstance(params, dict):
        assert isinstance(grads, dict) and sorted(grads) == sorted(params)
        return {k: _expected(params[k], grads[k], learning_rate) for k in params}
    if isinstance(params, list | tuple):
        assert type(grads) is type(params) and len(grads) == len(params)
        walked = [_expected(p, g, learning_rate) for p, g in zip(params, grads, strict=True)]
        return type(params)(walked)
    p, g = np.asarray(params, np.float64), np.asarray(grads, np.float64)
    step = abs(learning_rate) * np.abs(g)
    flushed = step if abs(learning_rate) < np.finfo(np.float32).tiny else 0.0
    return _Leaf(p - learning_rate * g, np.abs(p) + step, flushed)


def _assert_same(got, want):
    if isinstance(want, dict):
        assert isinstance(got, dict) and sorted(got) == sorted(want)
        for key in want:
            _assert_same(got[key], want[key])
    elif isinstance(want, list | tuple):
        assert type(got) is type(want) and len(got) == len(want)
        for g, e in zip(got, want, strict=True):
            _assert_same(g, e)
    else:
        assert got.shape == want.value.shape
        assert got.dtype == jnp.float32
        # Rounding the rate, one product and one difference: a few ulps of the terms' size
        # (plus the smallest normal float32, for inputs the CPU flushes from subnormal to 0).
        error = np.abs(np.asarray(got, np.float64) - want.value)
        assert np.all(error <= 3e-7 * want.scale + np.finfo(np.float32).tiny + want.flushed)


def _assert_matches(got, params, grads, learning_rate):
    assert jax.tree.structure(got) == jax.tree.structure(params)
    _assert_same(got, _expected(params, grads, learning_rate))


@st.composite
def _trees(draw):
    """A random (params, grads) pair: dicts, lists and tuples nested up to two levels."""
    def leaf_pair():
        shape = draw(hnp.array_shapes(min_dims=0, max_dims=2, max_side=5))
        return tuple(draw(hnp.arrays(np.float32, shape, elements=_values)) for _ in range(2))

    def pair(depth):
        kind = draw(st.sampled_from(["leaf", "dict", "list", "tuple"] if depth else ["leaf"]))
        if kind == "leaf":
            p, g = leaf_pair()
            return jnp.asarray(p), jnp.asarray(g)
        size = draw(st.integers(1, 3))
        children = [pair(depth - 1) for _ in range(size)]
        if kind == "dict":
            keys = draw(st.lists(st.text("abcdefgh", min_size=1, max_size=3), min_size=size,
                                 max_size=size, unique=True))
            return ({k: c[0] for k, c in zip(keys, children, strict=True)},
                    {k: c[1] for k, c in zip(keys, children, strict=True)})
        wrap = list if kind == "list" else tuple
        return wrap(c[0] for c in children), wrap(c[1] for c in children)

    return pair(2)


@settings(max_examples=25, deadline=None)
@given(trees=_trees(), learning_rate=st.floats(-1, 1, width=32))
def test_solution_matches_numpy_update(problem, trees, learning_rate):
    solution = problem.load("solution.py")
    params, grads = trees
    _assert_matches(solution(params, grads, learning_rate), params, grads, learning_rate)


def test_cases_and_examples_match_numpy_update(problem):
    check_cases_and_examples(problem, _assert_matches)


def test_output_keeps_structure_and_dtype(problem):
    solution = problem.load("solution.py")
    for kwargs in problem.cases.values():
        result = solution(**kwargs)
        assert jax.tree.structure(result) == jax.tree.structure(kwargs["params"])
        for got, param in zip(jax.tree.leaves(result), jax.tree.leaves(kwargs["params"]),
                              strict=True):
            assert got.shape == param.shape and got.dtype == jnp.float32


def test_check_cases_cover_edge_cases(problem):
    cases = list(problem.cases.values())
    sizes = [sum(np.size(x) for x in jax.tree.leaves(c["params"])) for c in cases]
    assert 1 in sizes and max(sizes) >= 300
    assert any(c["learning_rate"] == 0.0 for c in cases)
    assert any(not any(np.any(g) for g in jax.tree.leaves(c["grads"])) for c in cases)
    assert any(all(np.all(np.asarray(p) < 0) for p in jax.tree.leaves(c["params"]))
               for c in cases)
    assert any(isinstance(c["params"], list) for c in cases)
    assert any(isinstance(c["params"], tuple) for c in cases)


def test_starter_fails(problem):
    check_starter_fails(problem)
