"""jaxlite inside Pyodide under Node.js prints what real JAX prints for a logistic-loss grad."""

import json
import shutil
import subprocess

import pytest
from jaxlite_difftools import HERE, REPO_ROOT, compare_text, run_under_real_jax, unified_diff

NODE_SCRIPT = HERE / "run_in_pyodide.mjs"
PYODIDE_DIR = REPO_ROOT / "node_modules" / "pyodide"

LOGISTIC_PROGRAM = """\
import jax
import jax.numpy as jnp

x = jnp.array([[0.5, 1.0, -1.5], [1.5, -0.5, 0.25], [-1.0, 2.0, 0.75], [0.1, 0.2, 0.3]])
y = jnp.array([1.0, 0.0, 1.0, 0.0])


def loss(w, b):
    p = jax.nn.sigmoid(x @ w + b)
    return -jnp.mean(y * jnp.log(p) + (1.0 - y) * jnp.log(1.0 - p))


w = jnp.array([0.1, -0.2, 0.3])
value, (gw, gb) = jax.value_and_grad(loss, argnums=(0, 1))(w, 0.0)
print(f"loss {value:.6f}")
print(gw)
print(repr(gb))
print(jax.__version__)
"""


@pytest.fixture(scope="module")
def programs(tmp_path_factory):
    path = tmp_path_factory.mktemp("pyodide") / "logistic_grad.py"
    path.write_text(LOGISTIC_PROGRAM)
    corpus = HERE / "programs" / "067_logistic_regression_tutorial.py"
    return [path, corpus]


def test_logistic_grad_in_pyodide_matches_real_jax(programs):
    node = shutil.which("node")
    if node is None:
        pytest.fail(
            "`node` was not found on PATH: install Node.js (18 or newer) to run jaxlite in Pyodide"
        )
    if not (PYODIDE_DIR / "pyodide.mjs").exists():
        pytest.fail("node_modules/pyodide is missing: run `npm ci` first")

    proc = subprocess.run(
        [node, str(NODE_SCRIPT), str(REPO_ROOT), *map(str, programs)],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, f"Pyodide runner failed:\n{proc.stderr[-4000:]}"
    in_pyodide = json.loads(proc.stdout)
    real = run_under_real_jax(programs)

    problems = []
    for path in programs:
        want, got = real[path.name], in_pyodide[path.name]
        if got["returncode"] != want["returncode"]:
            problems.append(
                f"{path.name}: exit code {got['returncode']} in Pyodide, "
                f"{want['returncode']} under real JAX\n{got['stderr'][-3000:]}"
            )
        reason = compare_text(want["stdout"], got["stdout"])
        if reason is not None:
            diff = unified_diff(want["stdout"], got["stdout"], "real JAX", "jaxlite in Pyodide")
            problems.append(f"{path.name}: stdout differs ({reason}):\n{diff}")
    if problems:
        pytest.fail("\n\n".join(problems), pytrace=False)
