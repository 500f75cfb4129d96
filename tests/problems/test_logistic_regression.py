"""Hidden tests for logistic_regression_step: the reference solution against the closed form."""

from __future__ import annotations

import jax
import jax.numpy as jnp
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from problem_checks import check_cases_and_examples, check_starter_fails

SLUG = "logistic-regression"

_values = st.floats(-3, 3, width=32)


def _sigmoid(z):
    # exp of a non-positive number only: no overflow warnings for large |z|.
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def _closed_form_step(weights, bias, features, labels, learning_rate):
    """w − lr·Xᵀ(σ(z) − y) and b − lr·Σ(σ(z) − y) with z = Xw + b, in float64, and error sizes."""
    w = np.asarray(weights, dtype=np.float64)
    b = np.float64(bias)
    x = np.asarray(features, dtype=np.float64)
    y = np.asarray(labels, dtype=np.float64)
    error = _sigmoid(x @ w + b) - y
    new_w = w - learning_rate * (x.T @ error)
    new_b = b - learning_rate * np.sum(error)
    # float32 rounds z by about 1e-7 of |x||w| + |b|; σ' ≤ 1/4 carries that into the errors,
    # and summing N rows adds up to N roundings more.
    n = len(y)
    row_scale = np.abs(x) @ np.abs(w) + abs(b) + 1.0
    w_scale = np.abs(w) + learning_rate * n * (np.abs(x.T) @ row_scale)
    b_scale = abs(b) + learning_rate * n * np.sum(row_scale)
    return new_w, new_b, w_scale, b_scale


def _assert_matches(got, weights, bias, features, labels, learning_rate):
    assert isinstance(got, tuple) and len(got) == 2
    step = _closed_form_step(weights, bias, features, labels, learning_rate)
    new_w, new_b, w_scale, b_scale = step
    got_w, got_b = (np.asarray(g, dtype=np.float64) for g in got)
    assert got_w.shape == new_w.shape and got_b.shape == ()
    assert np.all(np.abs(got_w - new_w) <= 1e-5 * np.abs(new_w) + 1e-6 * w_scale + 1e-7)
    assert abs(got_b - new_b) <= 1e-5 * abs(new_b) + 1e-6 * b_scale + 1e-7


@st.composite
def _problems(draw):
    n, d = draw(st.integers(1, 12)), draw(st.integers(1, 4))
    weights = draw(hnp.arrays(np.float32, (d,), elements=_values))
    bias = np.float32(draw(_values))
    features = draw(hnp.arrays(np.float32, (n, d), elements=_values))
    labels = draw(hnp.arrays(np.float32, (n,), elements=st.sampled_from([0.0, 1.0])))
    learning_rate = draw(st.sampled_from([0.0, 0.01, 0.1, 0.5, 1.0]))
    return weights, bias, features, labels, learning_rate


@settings(max_examples=25, deadline=None)
@given(_problems())
def test_solution_matches_closed_form(problem, inputs):
    weights, bias, features, labels, learning_rate = inputs
    solution = problem.load("solution.py")
    got = solution(jnp.asarray(weights), jnp.asarray(bias), jnp.asarray(features),
                   jnp.asarray(labels), learning_rate)
    _assert_matches(got, weights, bias, features, labels, learning_rate)


def test_cases_and_examples_match_closed_form(problem):
    check_cases_and_examples(problem, _assert_matches)


def _naive_log_step(weights, bias, features, labels, learning_rate):
    def loss(w, b):
        p = jax.nn.sigmoid(features @ w + b)
        return -jnp.sum(labels * jnp.log(p) + (1 - labels) * jnp.log(1 - p))

    gw, gb = jax.grad(loss, argnums=(0, 1))(weights, bias)
    return weights - learning_rate * gw, bias - learning_rate * gb


def _mean_step(weights, bias, features, labels, learning_rate):
    def loss(w, b):
        z = features @ w + b
        return jnp.mean(jax.nn.softplus(z) - labels * z)

    gw, gb = jax.grad(loss, argnums=(0, 1))(weights, bias)
    return weights - learning_rate * gw, bias - learning_rate * gb


def _weights_only_step(weights, bias, features, labels, learning_rate):
    def loss(w, b):
        z = features @ w + b
        return jnp.sum(jax.nn.softplus(z) - labels * z)

    return weights - learning_rate * jax.grad(loss)(weights, bias), bias


@pytest.mark.parametrize("mistake", [_naive_log_step, _mean_step, _weights_only_step])
def test_check_cases_reject_common_mistakes(problem, mistake):
    failed = []
    for name, kwargs in problem.cases.items():
        try:
            _assert_matches(mistake(**kwargs), **kwargs)
        except AssertionError:
            failed.append(name)
    assert failed, f"{mistake.__name__} passes every check case"


def test_output_shapes_and_dtypes(problem):
    solution = problem.load("solution.py")
    for kwargs in problem.cases.values():
        new_w, new_b = solution(**kwargs)
        assert new_w.shape == kwargs["weights"].shape
        assert new_b.shape == ()
        assert new_w.dtype == new_b.dtype == jnp.float32


def test_zero_learning_rate_returns_the_inputs(problem):
    solution = problem.load("solution.py")
    for kwargs in problem.cases.values():
        if kwargs["learning_rate"] == 0.0:
            new_w, new_b = solution(**kwargs)
            np.testing.assert_array_equal(new_w, kwargs["weights"])
            np.testing.assert_array_equal(new_b, kwargs["bias"])


def test_check_cases_cover_edge_cases(problem):
    cases = list(problem.cases.values())
    arrays = [{k: np.asarray(v) for k, v in c.items()} for c in cases]
    assert any(a["features"].shape == (1, 1) for a in arrays)
    assert max(a["features"].size for a in arrays) >= 100
    assert any(not np.any(a["features"]) for a in arrays)
    assert any(not np.any(a["weights"]) and np.any(a["features"]) for a in arrays)
    assert any(np.all(a["features"] < 0) and np.all(a["weights"] < 0) for a in arrays)
    assert any(not np.any(a["labels"]) for a in arrays)
    assert any(c["learning_rate"] == 0.0 for c in cases)
    # A confidently wrong row, where log(1 - sigmoid(z)) is log(0) in float32.
    logits = [a["features"] @ a["weights"] + a["bias"] for a in arrays]
    assert any(
        np.any((z > 15) & (a["labels"] == 0)) and np.any((z < -15) & (a["labels"] == 1))
        for z, a in zip(logits, arrays, strict=True)
    )


def test_starter_fails(problem):
    check_starter_fails(problem)
