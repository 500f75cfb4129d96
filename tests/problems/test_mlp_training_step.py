"""Hidden tests for mlp_train_step: the reference solution against backprop written in numpy."""

from __future__ import annotations

import jax
import jax.numpy as jnp
import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from problem_checks import check_cases_and_examples, check_starter_fails

SLUG = "mlp-training-step"

_LAYERS = ("hidden", "output")
_values = st.floats(-3, 3, width=32)
# Quarters keep x @ W1 + b1 exact in float32, so ReLU's on/off pattern, and its slope of 0 at
# exactly 0, is the same in the solution and in the float64 reference.
_quarters = st.integers(-12, 12).map(lambda k: k / 4)


def _leaves(params):
    return {layer: {k: np.asarray(params[layer][k], np.float64) for k in ("w", "b")}
            for layer in _LAYERS}


def _backprop(params, x, y):
    """Loss and gradient by the chain rule in float64, each with the size of its terms.

    A size follows the same chain with every factor replaced by its magnitude, plus the
    float32 error the hidden layer carries forward; float32 rounding stays below a small
    multiple of it.
    """
    p = _leaves(params)
    x, y = np.asarray(x, np.float64), np.asarray(y, np.float64)
    w1, b1, w2, b2 = p["hidden"]["w"], p["hidden"]["b"], p["output"]["w"], p["output"]["b"]
    pre = x @ w1 + b1
    on = (pre > 0).astype(np.float64)  # ReLU's slope, 0 at exactly 0
    h = pre * on
    r = h @ w2 + b2 - y
    n = r.size

    d_out = 2.0 * r / n
    d_pre = (d_out @ w2.T) * on
    grads = {
        "hidden": {"w": x.T @ d_pre, "b": d_pre.sum(axis=0)},
        "output": {"w": h.T @ d_out, "b": d_out.sum(axis=0)},
    }

    h_size = np.abs(h) + on * (np.abs(x) @ np.abs(w1) + np.abs(b1))
    r_size = h_size @ np.abs(w2) + np.abs(b2) + np.abs(y)
    d_out_size = 2.0 * r_size / n
    d_pre_size = (d_out_size @ np.abs(w2).T) * on
    sizes = {
        "hidden": {"w": np.abs(x).T @ d_pre_size, "b": d_pre_size.sum(axis=0)},
        "output": {"w": h_size.T @ d_out_size, "b": d_out_size.sum(axis=0)},
    }
    return np.mean(r**2), np.mean(r_size**2), grads, sizes


def _assert_matches(got, params, x, y, lr):
    loss, loss_size, grads, sizes = _backprop(params, x, y)
    old = _leaves(params)
    assert isinstance(got, tuple) and len(got) == 2
    new_params, got_loss = got
    assert np.shape(got_loss) == ()
    assert abs(float(got_loss) - loss) <= 1e-5 * loss_size + 1e-7
    assert isinstance(new_params, dict) and sorted(new_params) == sorted(_LAYERS)
    for layer in _LAYERS:
        assert isinstance(new_params[layer], dict) and sorted(new_params[layer]) == ["b", "w"]
        for name in ("w", "b"):
            leaf = np.asarray(new_params[layer][name], np.float64)
            p, g, size = old[layer][name], grads[layer][name], sizes[layer][name]
            want = p - lr * g
            assert leaf.shape == want.shape, (layer, name)
            # The gradient's float32 error, scaled by lr, and one rounding of the update.
            bound = lr * 2e-5 * size + 1e-6 * (np.abs(p) + lr * np.abs(g)) + 1e-7
            assert np.all(np.abs(leaf - want) <= bound), (layer, name)


@st.composite
def _problems(draw):
    # Few distinct shapes: each new one makes JAX compile again, and the values matter more.
    n, d_in = draw(st.integers(1, 4)), draw(st.integers(1, 3))
    hidden, d_out = draw(st.integers(1, 4)), draw(st.integers(1, 2))

    def array(shape, elements=_values):
        return jnp.asarray(draw(hnp.arrays(np.float32, shape, elements=elements)))

    params = {
        "hidden": {"w": array((d_in, hidden), _quarters), "b": array((hidden,), _quarters)},
        "output": {"w": array((hidden, d_out)), "b": array((d_out,))},
    }
    lr = draw(st.sampled_from([0.0, 0.01, 0.1, 0.5, 1.0]) | st.floats(0.0, 1.0))
    return params, array((n, d_in), _quarters), array((n, d_out)), lr


@settings(max_examples=25, deadline=None)
@given(_problems())
def test_solution_matches_backprop(problem, inputs):
    solution = problem.load("solution.py")
    params, x, y, lr = inputs
    _assert_matches(solution(params, x, y, lr), params, x, y, lr)


def test_cases_and_examples_match_backprop(problem):
    check_cases_and_examples(problem, _assert_matches)


def test_output_structure_shapes_and_dtypes(problem):
    solution = problem.load("solution.py")
    for kwargs in problem.cases.values():
        new_params, loss = solution(**kwargs)
        assert jax.tree.structure(new_params) == jax.tree.structure(kwargs["params"])
        for got, param in zip(jax.tree.leaves(new_params), jax.tree.leaves(kwargs["params"]),
                              strict=True):
            assert got.shape == param.shape and got.dtype == jnp.float32
        assert loss.shape == () and loss.dtype == jnp.float32


def test_the_callers_params_are_left_alone(problem):
    solution = problem.load("solution.py")
    for kwargs in problem.cases.values():
        before = jax.tree.map(np.array, kwargs["params"])
        solution(**kwargs)
        jax.tree.map(np.testing.assert_array_equal, kwargs["params"], before)


def test_zero_learning_rate_keeps_every_parameter(problem):
    solution = problem.load("solution.py")
    for kwargs in problem.cases.values():
        new_params, _ = solution(**dict(kwargs, lr=0.0))
        jax.tree.map(np.testing.assert_array_equal, new_params, kwargs["params"])


def test_check_cases_cover_edge_cases(problem):
    cases = list(problem.cases.values())
    leaves = [jax.tree.leaves(c["params"]) for c in cases]
    assert any(c["x"].size == 1 and c["y"].size == 1 for c in cases)
    assert max(sum(p.size for p in ls) + c["x"].size
               for ls, c in zip(leaves, cases, strict=True)) >= 300
    assert any(not any(np.any(p) for p in ls) for ls in leaves)
    assert any(not np.any(c["x"]) for c in cases)
    assert any(all(np.all(np.asarray(p) < 0) for p in ls) for ls in leaves)
    assert any(c["lr"] == 0.0 for c in cases)
    # A case the model already fits: zero loss, so the step changes nothing.
    assert any(_backprop(c["params"], c["x"], c["y"])[0] < 1e-10 for c in cases)
    # A pre-activation at exactly 0 with gradient flowing back to it, where ReLU's slope of 0
    # and jnp.maximum's slope of 1/2 give different steps.
    def at_the_kink(c):
        p = _leaves(c["params"])
        x, y = np.asarray(c["x"], np.float64), np.asarray(c["y"], np.float64)
        pre = x @ p["hidden"]["w"] + p["hidden"]["b"]
        r = np.maximum(pre, 0) @ p["output"]["w"] + p["output"]["b"] - y
        return np.any((pre == 0) & (r @ p["output"]["w"].T != 0))

    assert any(at_the_kink(c) for c in cases)


def test_starter_fails(problem):
    check_starter_fails(problem)
