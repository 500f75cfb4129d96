"""Hidden tests for mlp_params_gradient: the reference solution against hand-written backprop."""

from __future__ import annotations

import jax
import jax.numpy as jnp
import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from problem_checks import check_cases_and_examples, check_starter_fails

SLUG = "mlp-params-gradient"

_values = st.floats(-3, 3, width=32)


def _backprop(params, x, y):
    """The gradient by the chain rule in float64, and for each leaf the size of its terms.

    The sizes follow the same chain with every factor replaced by its magnitude, plus the
    float32 error the forward pass carries into the residual and into tanh's slope. The slope
    1 - h² cancels when h is near ±1, so its size is that of its terms, 1 + h².
    """
    w1, b1 = (np.asarray(params["layer1"][k], np.float64) for k in ("w", "b"))
    w2, b2 = (np.asarray(params["layer2"][k], np.float64) for k in ("w", "b"))
    x, y = np.asarray(x, np.float64), np.asarray(y, np.float64)
    pre_size = np.abs(x) @ np.abs(w1) + np.abs(b1)
    h = np.tanh(x @ w1 + b1)
    slope = 1.0 - h**2
    r = h @ w2 + b2 - y
    n = r.size

    d_out = 2.0 * r / n
    d_pre = (d_out @ w2.T) * slope
    grads = {
        "layer1": {"w": x.T @ d_pre, "b": d_pre.sum(axis=0)},
        "layer2": {"w": h.T @ d_out, "b": d_out.sum(axis=0)},
    }

    h_size = np.abs(h) + slope * pre_size
    r_size = np.abs(r) + h_size @ np.abs(w2) + np.abs(b2) + np.abs(y)
    d_out_size = 2.0 * r_size / n
    slope_size = 1.0 + h**2 + 2.0 * np.abs(h) * slope * pre_size
    d_pre_size = (d_out_size @ np.abs(w2).T) * slope + np.abs(d_out @ w2.T) * slope_size
    sizes = {
        "layer1": {"w": np.abs(x).T @ d_pre_size, "b": d_pre_size.sum(axis=0)},
        "layer2": {"w": h_size.T @ d_out_size, "b": d_out_size.sum(axis=0)},
    }
    return grads, sizes


def _assert_matches(got, params, x, y):
    expected, sizes = _backprop(params, x, y)
    assert isinstance(got, dict) and sorted(got) == ["layer1", "layer2"]
    for layer in ("layer1", "layer2"):
        assert isinstance(got[layer], dict) and sorted(got[layer]) == ["b", "w"]
        for name in ("w", "b"):
            leaf = np.asarray(got[layer][name], np.float64)
            want, size = expected[layer][name], sizes[layer][name]
            assert leaf.shape == want.shape, (layer, name)
            # float32 sums and tanh: rounding proportional to the size of the terms.
            assert np.all(np.abs(leaf - want) <= 1e-5 * np.abs(want) + 2e-5 * size + 1e-6), (
                layer, name)


@st.composite
def _problems(draw):
    # Few distinct shapes: each new one makes JAX compile again, and the values matter more.
    n, d_in = draw(st.integers(1, 4)), draw(st.integers(1, 3))
    hidden, d_out = draw(st.integers(1, 4)), draw(st.integers(1, 2))

    def array(shape):
        return jnp.asarray(draw(hnp.arrays(np.float32, shape, elements=_values)))

    params = {
        "layer1": {"w": array((d_in, hidden)), "b": array((hidden,))},
        "layer2": {"w": array((hidden, d_out)), "b": array((d_out,))},
    }
    return params, array((n, d_in)), array((n, d_out))


@settings(max_examples=25, deadline=None)
@given(_problems())
def test_solution_matches_backprop(problem, inputs):
    solution = problem.load("solution.py")
    params, x, y = inputs
    _assert_matches(solution(params, x, y), params, x, y)


def test_cases_and_examples_match_backprop(problem):
    check_cases_and_examples(problem, _assert_matches)


def test_output_structure_shapes_and_dtype(problem):
    solution = problem.load("solution.py")
    for kwargs in problem.cases.values():
        result = solution(**kwargs)
        assert jax.tree.structure(result) == jax.tree.structure(kwargs["params"])
        for got, param in zip(jax.tree.leaves(result), jax.tree.leaves(kwargs["params"]),
                              strict=True):
            assert got.shape == param.shape and got.dtype == jnp.float32


def test_check_cases_cover_edge_cases(problem):
    cases = list(problem.cases.values())
    leaves = [jax.tree.leaves(c["params"]) for c in cases]
    assert any(c["x"].size == 1 and c["y"].size == 1 for c in cases)
    assert max(sum(p.size for p in ls) + c["x"].size for ls, c in zip(leaves, cases,
                                                                       strict=True)) >= 300
    assert any(not any(np.any(p) for p in ls) for ls in leaves)
    assert any(not np.any(c["x"]) for c in cases)
    assert any(all(np.all(np.asarray(p) < 0) for p in ls) for ls in leaves)
    # A case the model already fits: every gradient is zero up to rounding.
    fits = [_backprop(c["params"], c["x"], c["y"])[0] for c in cases]
    assert any(max(np.max(np.abs(g)) for g in jax.tree.leaves(f)) < 1e-5 for f in fits)


def test_starter_fails(problem):
    check_starter_fails(problem)
