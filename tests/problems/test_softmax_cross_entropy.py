"""Hidden tests for softmax_cross_entropy_and_grad: the solution against (softmax − one_hot)/N."""

from __future__ import annotations

import jax
import jax.numpy as jnp
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from problem_checks import check_cases_and_examples, check_starter_fails

SLUG = "softmax-cross-entropy"


def _closed_form(logits, labels):
    """L = mean(logsumexp(z) − z[label]) and ∇L = (softmax(z) − one_hot) / N, in float64."""
    z = np.asarray(logits, dtype=np.float64)
    labels = np.asarray(labels)
    n, c = z.shape
    shifted = z - z.max(axis=1, keepdims=True)
    e = np.exp(shifted)
    probs = e / e.sum(axis=1, keepdims=True)
    log_probs = shifted - np.log(e.sum(axis=1, keepdims=True))
    one_hot = np.eye(c)[labels]
    loss = -np.mean(log_probs[np.arange(n), labels])
    grad = (probs - one_hot) / n
    # float32 rounds each shifted logit by about 1e-7 of its size; exp carries that into each
    # probability in proportion to the probability.
    row_scale = 1.0 + np.sum(probs * np.abs(shifted), axis=1, keepdims=True) + np.log(c)
    loss_scale = np.mean(np.abs(z).max(axis=1)) + np.log(c) + 1.0
    return loss, grad, loss_scale, row_scale / n


def _assert_matches(got, logits, labels):
    assert isinstance(got, tuple) and len(got) == 2
    loss, grad, loss_scale, grad_scale = _closed_form(logits, labels)
    got_loss, got_grad = np.float64(got[0]), np.asarray(got[1], dtype=np.float64)
    assert got_grad.shape == grad.shape
    assert np.isfinite(got_loss) and np.all(np.isfinite(got_grad))
    assert abs(got_loss - loss) <= 1e-5 * abs(loss) + 1e-6 * loss_scale
    assert np.all(np.abs(got_grad - grad) <= 1e-5 * np.abs(grad) + 1e-6 * grad_scale)


@st.composite
def _problems(draw):
    n, c = draw(st.integers(1, 10)), draw(st.integers(1, 8))
    # Moderate logits, and now and then ones large enough to overflow a naive softmax.
    scale = draw(st.sampled_from([1.0, 10.0, 300.0]))
    logits = scale * draw(hnp.arrays(np.float32, (n, c), elements=st.floats(-5, 5, width=32)))
    labels = draw(hnp.arrays(np.int32, (n,), elements=st.integers(0, c - 1)))
    return logits.astype(np.float32), labels


@settings(max_examples=25, deadline=None)
@given(_problems())
def test_solution_matches_closed_form(problem, inputs):
    logits, labels = inputs
    solution = problem.load("solution.py")
    _assert_matches(solution(jnp.asarray(logits), jnp.asarray(labels)), logits, labels)


def test_cases_and_examples_match_closed_form(problem):
    check_cases_and_examples(problem, _assert_matches)


def _loss_and_grad(loss):
    return lambda logits, labels: jax.value_and_grad(loss)(logits, labels)


def _log_of_softmax(logits, labels):
    probabilities = jax.nn.softmax(logits)
    return -jnp.mean(jnp.log(probabilities[jnp.arange(len(labels)), labels]))


def _summed(logits, labels):
    return -jnp.sum(jax.nn.log_softmax(logits)[jnp.arange(len(labels)), labels])


def _labels_broadcast(logits, labels):
    # The one-hot formula with class indices: only runs when N == C.
    return -jnp.mean(jnp.sum(labels * jax.nn.log_softmax(logits), axis=1))


def _every_label_column(logits, labels):
    return -jnp.mean(jax.nn.log_softmax(logits)[:, labels])


def _mean_over_all_entries(logits, labels):
    return -jnp.mean(jax.nn.one_hot(labels, logits.shape[1]) * jax.nn.log_softmax(logits))


@pytest.mark.parametrize(
    "mistake",
    [_log_of_softmax, _summed, _labels_broadcast, _every_label_column, _mean_over_all_entries],
)
def test_check_cases_reject_common_mistakes(problem, mistake):
    wrong = _loss_and_grad(mistake)
    failed = []
    for name, kwargs in problem.cases.items():
        try:
            _assert_matches(wrong(**kwargs), **kwargs)
        except (AssertionError, ValueError, TypeError):
            failed.append(name)
    assert failed, f"{mistake.__name__} passes every check case"


def test_output_shapes_and_dtypes(problem):
    solution = problem.load("solution.py")
    for kwargs in problem.cases.values():
        loss, grad = solution(**kwargs)
        assert loss.shape == ()
        assert grad.shape == kwargs["logits"].shape
        assert loss.dtype == grad.dtype == jnp.float32


def test_gradient_rows_sum_to_zero(problem):
    solution = problem.load("solution.py")
    for kwargs in problem.cases.values():
        _, grad = solution(**kwargs)
        assert np.all(np.abs(np.sum(np.asarray(grad, dtype=np.float64), axis=1)) <= 1e-6)


def test_check_cases_cover_edge_cases(problem):
    cases = [{k: np.asarray(v) for k, v in c.items()} for c in problem.cases.values()]
    assert all(c["labels"].dtype == np.int32 for c in cases)
    assert all(c["labels"].shape == (c["logits"].shape[0],) for c in cases)
    assert any(c["logits"].shape == (1, 1) for c in cases)
    assert max(c["logits"].size for c in cases) >= 100
    assert any(not np.any(c["logits"]) for c in cases)
    assert any(np.all(c["logits"] < 0) for c in cases)
    assert any(c["logits"].shape[0] == 1 and c["logits"].shape[1] > 1 for c in cases)
    assert any(c["logits"].shape[0] == c["logits"].shape[1] > 1 for c in cases)
    # Large enough that exp overflows float32, and gaps large enough that softmax underflows.
    assert any(np.abs(c["logits"]).max() > 100 for c in cases)


def test_starter_fails(problem):
    check_starter_fails(problem)
