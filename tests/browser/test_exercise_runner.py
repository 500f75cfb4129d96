"""The exercise runner and hook without a browser: encoding, diagnostics, the jaxlite proof."""

from __future__ import annotations

import json

import jax
import jax.numpy as jnp
import numpy as np
import pytest
from course_helpers import ROOT, load_hook
from mkdocs.exceptions import PluginError


@pytest.fixture(scope="module")
def exercise_hook():
    return load_hook("exercise")


@pytest.fixture(scope="module")
def runner(exercise_hook):
    return exercise_hook.load_runner()


@pytest.fixture(scope="module")
def quadratic(problems_hook, exercise_hook):
    slug = "grad-of-quadratic"
    problem = problems_hook.load_problem(
        ROOT / "docs" / "problems" / f"{slug}.md", ROOT / "snippets" / "problems" / slug
    )
    return exercise_hook.build_exercise(problem)


def test_encode_describes_structure_shape_dtype_values(runner):
    value = {"w": jnp.array([[1.0, float("nan")]]), "n": (3, None, 2.5)}
    assert runner.encode(value) == {"kind": "dict", "items": [
        ["w", {"kind": "array", "dtype": "float32", "shape": [1, 2], "values": [1.0, "nan"]}],
        ["n", {"kind": "tuple", "items": [{"kind": "int", "value": 3}, {"kind": "none"},
                                          {"kind": "float", "value": 2.5}]}],
    ]}
    # What the browser sends back through JavaScript (1.0 written as 1) still decodes as float.
    assert runner.decode({"kind": "float", "value": 1}) == 1.0
    assert isinstance(runner.decode({"kind": "float", "value": 1}), float)


@pytest.mark.parametrize(
    ("got", "message"),
    [
        (jnp.ones(2), None),
        (jnp.ones(2) + 5e-6, None),
        (jnp.ones(3), "wrong shape: expected (2,), got (3,)"),
        (jnp.ones(2, dtype=jnp.int32), "wrong dtype: expected float32, got int32"),
        ((jnp.ones(2),), "wrong pytree structure: expected an array of shape (2,) and dtype "
                         "float32, got a tuple of 1"),
        (jnp.array([1.0, 1.5]), "wrong values: 1 of 2 element(s) differ\n"
                                "worst at index (1,): expected 1.0, got 1.5"),
    ],
)
def test_compare_names_what_differs(runner, got, message):
    result = runner.compare(runner.encode(jnp.ones(2)), runner.encode(got), 1e-5, 1e-6)
    if message is None:
        assert result is None
    else:
        assert result.startswith(message), result


def test_diagnostic_numbers_read_as_float32_and_ints_as_ints(runner):
    values = [1.0, 0.4, 1 / 3, 2.5e-8]
    expected = runner.encode(jnp.array(values))
    # The spec reaches the worker through JavaScript, which writes 1.0 as 1.
    expected["values"][0] = 1
    got = runner.encode(jnp.array([1.0, 0.4, 1 / 3, 7.0]))
    shown = ", ".join(str(np.float32(v)) for v in values)
    message = runner.compare(expected, got, 1e-5, 1e-6)
    assert f"worst at index (3,): expected {str(np.float32(2.5e-8))}, got 7.0" in message, message
    assert f"expected [{shown}]" in message, message
    ints = runner.compare(runner.encode(jnp.array([1, 2])), runner.encode(jnp.array([1, 3])),
                          1e-5, 1e-6)
    assert "expected [1, 2]" in ints and "got      [1, 3]" in ints, ints


def test_case_inputs_show_large_arrays_by_shape_at_any_depth(exercise_hook):
    small, large = jnp.arange(3.0), jnp.ones((4, 5))
    params = {"layers": [{"w": large, "b": small}], "scale": (2.0,)}
    text = exercise_hook._call_text("step", {"params": params, "x": large, "lr": 0.1})
    assert text == (f"step(params={{'layers': [{{'w': <float32[4,5]>, 'b': {small!r}}}], "
                    f"'scale': (2.0,)}}, x=<float32[4,5]>, lr=0.1)")


def test_errors_keep_only_the_learners_frames(runner, quadratic):
    code = (
        "import jax\n\ndef grad_of_quadratic(w, b, x):\n"
        "    return jax.grad(lambda w: w * x)(w)\n"
    )
    answer = json.loads(runner.handle(json.dumps(
        {"mode": "submit", "code": code, "exercise": quadratic})))
    error = answer["items"][0]["error"]
    with pytest.raises(TypeError) as real:
        jax.grad(lambda w: w * jnp.zeros(4))(0.0)
    assert f"TypeError: {real.value}" in error
    assert 'File "<exercise>", line 4, in grad_of_quadratic' in error
    assert "site-packages" not in error and "runner" not in error


def test_syntax_error_names_its_line(runner, quadratic):
    answer = json.loads(runner.handle(json.dumps(
        {"mode": "run", "code": "x = 1\ny = (\n", "exercise": quadratic})))
    assert 'File "<exercise>", line 2' in answer["error"] and "SyntaxError" in answer["error"]


def test_jaxlite_proof_accepts_the_solution_and_rejects_a_wrong_one(exercise_hook, quadratic):
    exercise_hook.prove_under_jaxlite([quadratic], ROOT)
    wrong = {**quadratic, "solution": quadratic["solution"].replace("** 2", "** 3")}
    with pytest.raises(PluginError, match="does not pass its own check cases under jaxlite"):
        exercise_hook.prove_under_jaxlite([wrong], ROOT)


def test_a_problem_can_override_the_time_limit_and_tolerances(problems_hook, exercise_hook):
    slug = "grad-of-quadratic"
    problem = problems_hook.load_problem(
        ROOT / "docs" / "problems" / f"{slug}.md", ROOT / "snippets" / "problems" / slug
    )
    problem.meta.update(time_limit="3", rtol="1e-3", atol="1e-4")
    exercise = exercise_hook.build_exercise(problem)
    assert (exercise["time_limit"], exercise["rtol"], exercise["atol"]) == (3.0, 1e-3, 1e-4)
    assert 'data-exercise-time-limit="3"' in exercise_hook.render_widget(exercise)
    problem.meta["time_limit"] = "soon"
    with pytest.raises(PluginError, match="time_limit 'soon' is not a number"):
        exercise_hook.build_exercise(problem)
