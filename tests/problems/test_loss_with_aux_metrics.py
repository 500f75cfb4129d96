"""Hidden tests for grad_and_metrics: the reference solution against the closed form."""

from __future__ import annotations

import jax.numpy as jnp
import numpy as np
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from problem_checks import check_cases_and_examples, check_starter_fails

SLUG = "loss-with-aux-metrics"

_values = st.floats(-3, 3, width=32)


def _closed_form(params, x, labels):
    """Loss, gradients (∂L/∂w = xᵀ(σ(z) − y)/N, ∂L/∂b = mean(σ(z) − y)) and accuracy, float64.

    Also the size of the logits' terms, which bounds the float32 error.
    """
    w = np.asarray(params["w"], dtype=np.float64)
    b = np.float64(params["b"])
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(labels, dtype=np.float64)
    z = x @ w + b
    p = 1.0 / (1.0 + np.exp(-z))
    loss = np.mean(np.logaddexp(0.0, z) - y * z)
    grads = {"w": x.T @ (p - y) / len(y), "b": np.mean(p - y)}
    accuracy = np.mean((z > 0) == (y == 1))
    z_scale = np.abs(x) @ np.abs(w) + abs(b) + 1.0
    return loss, grads, accuracy, z_scale


def _assert_matches(got, params, x, labels):
    assert isinstance(got, tuple) and len(got) == 2
    grads, metrics = got
    assert set(grads) == {"w", "b"} and set(metrics) == {"loss", "accuracy"}
    loss, expected, accuracy, z_scale = _closed_form(params, x, labels)
    # A float32 logit is off by about 1e-7 of its terms; loss and slopes move at most that much.
    z_err = 2e-6 * z_scale
    x_abs = np.abs(np.asarray(x, dtype=np.float64))
    got_w = np.asarray(grads["w"], dtype=np.float64)
    assert got_w.shape == expected["w"].shape
    assert np.all(np.abs(got_w - expected["w"]) <= 1e-5 * np.abs(expected["w"])
                  + x_abs.T @ z_err / len(z_err) + 1e-7)
    assert abs(np.float64(grads["b"]) - expected["b"]) <= (
        1e-5 * abs(expected["b"]) + np.mean(z_err) + 1e-7)
    got_loss = np.float64(metrics["loss"])
    assert abs(got_loss - loss) <= 1e-5 * abs(loss) + np.mean(z_err * (1.0 + np.abs(labels)))
    # A fraction of whole examples: only the float32 division rounds.
    assert abs(np.float64(metrics["accuracy"]) - accuracy) <= 1e-6


@st.composite
def _problems(draw):
    n, d = draw(st.integers(1, 12)), draw(st.integers(1, 5))
    params = {
        "w": draw(hnp.arrays(np.float32, (d,), elements=_values)),
        "b": np.float32(draw(_values)),
    }
    x = draw(hnp.arrays(np.float32, (n, d), elements=_values))
    labels = draw(hnp.arrays(np.float32, (n,), elements=st.sampled_from([0.0, 1.0])))
    return params, x, labels


@settings(max_examples=25, deadline=None)
@given(_problems())
def test_solution_matches_closed_form(problem, inputs):
    params, x, labels = inputs
    # A logit within rounding of 0 could land on either side of it in float32.
    z = x.astype(np.float64) @ params["w"] + params["b"]
    assume(np.all(np.abs(z) > 1e-4))
    solution = problem.load("solution.py")
    as_jax = {"w": jnp.asarray(params["w"]), "b": jnp.asarray(params["b"])}
    _assert_matches(solution(as_jax, jnp.asarray(x), jnp.asarray(labels)), params, x, labels)


def test_cases_and_examples_match_closed_form(problem):
    check_cases_and_examples(problem, _assert_matches)


def test_output_structure_shapes_and_dtypes(problem):
    solution = problem.load("solution.py")
    for kwargs in problem.cases.values():
        grads, metrics = solution(**kwargs)
        for key, value in kwargs["params"].items():
            assert grads[key].shape == value.shape
            assert grads[key].dtype == jnp.float32
        for value in metrics.values():
            assert value.shape == ()
            assert value.dtype == jnp.float32


def test_check_cases_cover_edge_cases(problem):
    cases = list(problem.cases.values())
    assert any(c["x"].shape == (1, 1) for c in cases)
    assert max(c["x"].size for c in cases) >= 100
    assert any(not np.any(c["x"]) for c in cases)
    assert any(not np.any(c["params"]["w"]) for c in cases)
    assert any(np.all(np.asarray(c["x"]) < 0) and np.all(np.asarray(c["params"]["w"]) < 0)
               for c in cases)
    solution = problem.load("solution.py")
    accuracies = {float(solution(**c)[1]["accuracy"]) for c in cases}
    assert {0.0, 1.0} <= accuracies


def test_starter_fails(problem):
    check_starter_fails(problem)
