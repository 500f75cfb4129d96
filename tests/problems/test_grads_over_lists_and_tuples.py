"""Hidden tests for layers_gradient: the reference solution against backprop written in numpy."""

from __future__ import annotations

import jax
import jax.numpy as jnp
import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from problem_checks import check_cases_and_examples, check_starter_fails

SLUG = "grads-over-lists-and-tuples"

_values = st.floats(-2, 2, width=32)


def _backprop(layers, x, y):
    """Per layer, in float64: ((grad_w, grad_b), (size_w, size_b)).

    A size follows the chain rule with magnitudes, plus the float32 error the forward pass
    carries forward; tanh's slope 1 - h² is sized by its terms, 1 + h², as it cancels near ±1.
    """
    weights = [(np.asarray(w, np.float64), np.asarray(b, np.float64)) for w, b in layers]
    h, h_size = np.asarray(x, np.float64), np.abs(np.asarray(x, np.float64))
    y = np.asarray(y, np.float64)
    inputs, forward = [], []
    for w, b in weights[:-1]:
        pre_size = h_size @ np.abs(w) + np.abs(b)
        inputs.append((h, h_size))
        h = np.tanh(h @ w + b)
        slope = 1.0 - h**2
        forward.append((h, slope, pre_size))
        h_size = np.abs(h) + slope * pre_size
    inputs.append((h, h_size))
    w, b = weights[-1]
    r = h @ w + b - y

    # d(0.5 Σ r²)/d(out) = r, then walk back through the layers.
    delta, delta_size = r, np.abs(r) + h_size @ np.abs(w) + np.abs(b) + np.abs(y)
    grads = [None] * len(weights)
    for i in reversed(range(len(weights))):
        w, _ = weights[i]
        h_in, h_in_size = inputs[i]
        grads[i] = ((h_in.T @ delta, delta.sum(axis=0)),
                    (h_in_size.T @ delta_size, delta_size.sum(axis=0)))
        if i:
            h, slope, pre_size = forward[i - 1]
            dh, dh_size = delta @ w.T, delta_size @ np.abs(w).T
            slope_size = 1.0 + h**2 + 2.0 * np.abs(h) * slope * pre_size
            delta, delta_size = dh * slope, dh_size * slope + np.abs(dh) * slope_size
    return grads


def _assert_matches(got, layers, x, y):
    assert isinstance(got, list) and len(got) == len(layers)
    for i, (pair, (want, sizes)) in enumerate(zip(got, _backprop(layers, x, y), strict=True)):
        assert isinstance(pair, tuple) and len(pair) == 2, f"layer {i} is not a (w, b) tuple"
        for leaf, expected, size in zip(pair, want, sizes, strict=True):
            leaf = np.asarray(leaf, np.float64)
            assert leaf.shape == expected.shape, f"layer {i}"
            # float32 sums and tanh: rounding proportional to the size of the terms.
            tolerance = 1e-5 * np.abs(expected) + 2e-5 * size + 1e-6
            assert np.all(np.abs(leaf - expected) <= tolerance), f"layer {i}"


@st.composite
def _problems(draw):
    # Few distinct shapes: each new one makes JAX compile again, and the values matter more.
    widths = draw(st.lists(st.integers(1, 3), min_size=2, max_size=4))
    n = draw(st.integers(1, 3))

    def array(shape):
        return jnp.asarray(draw(hnp.arrays(np.float32, shape, elements=_values)))

    layers = [(array((a, b)), array((b,))) for a, b in zip(widths[:-1], widths[1:], strict=True)]
    return layers, array((n, widths[0])), array((n, widths[-1]))


@settings(max_examples=25, deadline=None)
@given(_problems())
def test_solution_matches_backprop(problem, inputs):
    solution = problem.load("solution.py")
    layers, x, y = inputs
    _assert_matches(solution(layers, x, y), layers, x, y)


def test_cases_and_examples_match_backprop(problem):
    check_cases_and_examples(problem, _assert_matches)


def test_output_structure_shapes_and_dtype(problem):
    solution = problem.load("solution.py")
    for kwargs in problem.cases.values():
        result = solution(**kwargs)
        assert jax.tree.structure(result) == jax.tree.structure(kwargs["layers"])
        for got, param in zip(jax.tree.leaves(result), jax.tree.leaves(kwargs["layers"]),
                              strict=True):
            assert got.shape == param.shape and got.dtype == jnp.float32


def test_check_cases_cover_edge_cases(problem):
    cases = list(problem.cases.values())
    depths = {len(c["layers"]) for c in cases}
    assert 1 in depths and max(depths) >= 3
    assert any(c["x"].size == 1 and len(c["layers"]) == 1 for c in cases)
    sizes = [sum(p.size for p in jax.tree.leaves(c["layers"])) + c["x"].size for c in cases]
    assert max(sizes) >= 300
    assert any(not any(np.any(w) for w, _ in c["layers"]) for c in cases)
    assert any(not np.any(c["x"]) for c in cases)
    assert any(all(np.all(np.asarray(p) < 0) for p in jax.tree.leaves(c["layers"]))
               for c in cases)


def test_starter_fails(problem):
    check_starter_fails(problem)
