"""Complex numbers and the weak type of gradients: generated cases compared with real JAX."""

# Two generated families, each case one line whose value is printed with repr():
#   complex: complex64 functions x {eager, jit, grad of a real loss, holomorphic grad, jvp, vjp,
#            vmap of a holomorphic grad, holomorphic jacfwd and jacrev}, scalar and array inputs;
#   weak:    the weak type of a gradient with respect to Python floats (weakly typed) and
#            float32 arrays, through the operations whose transposes decide it (slicing, a
#            mean, stacking, broadcasting, constants in derivative rules, custom_jvp).
# jaxlite runs in-process; real JAX runs once per family in a subprocess and its texts are
# remembered in the build cache, keyed by the cases. Values compare to float32 tolerance
# (complex transcendental functions round differently by an ulp); all other text exactly.

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from contextlib import redirect_stdout
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parent.parent
for _p in (str(REPO_ROOT), str(REPO_ROOT / "hooks"), str(HERE)):
    if _p not in sys.path:
        sys.path.insert(0, _p)

import build_cache  # noqa: E402
import pytest  # noqa: E402
from jaxlite_difftools import compare_text  # noqa: E402

import jaxlite  # noqa: E402

HOLOMORPHIC = ["jnp.sin", "jnp.cos", "jnp.exp", "jnp.log", "jnp.sqrt", "jnp.tanh",
               "lambda z: z * z", "lambda z: z ** 3", "lambda z: 1 / z",
               "lambda z: (2 + 1j) * z - 3j", "lambda z: jnp.exp(1j * z) / (z + 2)"]
NOT_HOLOMORPHIC = ["jnp.conj", "jnp.real", "jnp.imag", "jnp.abs",
                   "lambda z: z * jnp.conj(z)", "lambda z: jnp.real(z) ** 2 - jnp.imag(z)"]
Z, ZS = "(1.5 - 0.5j)", "jnp.array([0.5 + 1j, -1 + 0.25j, 2j])"
HERMITIAN = "jnp.array([[4.0, 1 - 2j, 0.5j], [1 + 2j, 6.0, 2 + 1j], [-0.5j, 2 - 1j, 9.0]])"
COMPLEX_FORMS = {
    "eager": "({f})({zs})",
    "eager_scalar": "({f})({z})",
    "jit": "jax.jit({f})({zs})",
    "real_loss_grad": "jax.grad(lambda z: jnp.sum(jnp.abs(({f})(z)) ** 2))({zs})",
    "real_part_grad": "jax.grad(lambda z: jnp.real(({f})(z)))({z})",
    "holomorphic_grad": "jax.grad({f}, holomorphic=True)({z})",
    "jvp": "jax.jvp({f}, ({zs},), (jnp.array([1j, 1 + 0j, 0.5 - 0.5j]),))",
    "vjp": "jax.vjp({f}, {zs})[1](jnp.ones(3, jnp.complex64))",
    "vmap_grad": "jax.vmap(jax.grad({f}, holomorphic=True))({zs})",
    "jacfwd": "jax.jacfwd({f}, holomorphic=True)({zs})",
    "jacrev": "jax.jacrev({f}, holomorphic=True)({zs})",
}
COMPLEX_CASES = {f"{t}[{f}]": form.format(f=f, z=Z, zs=ZS)
                 for f in HOLOMORPHIC + NOT_HOLOMORPHIC for t, form in COMPLEX_FORMS.items()}
COMPLEX_CASES.update({
    "promote_f32_times_1j": "jnp.arange(3.0) * 1j",
    "promote_i32_times_1j": "jnp.arange(3) * 1j",
    "promote_scalar": "jnp.float32(2) + 1j",
    "result_type": "jnp.result_type(jnp.float32, 1j)",
    "astype_real": "jnp.array([3 + 4j, -1j]).astype(jnp.float32)",
    "lax_complex": "jax.lax.complex(jnp.ones(2), jnp.array([1.0, -2.0]))",
    "round": "jnp.round(jnp.array([1.23456 - 0.00001j, -2.5 + 1e-9j]), 3)",
    "mean_sum": f"(jnp.mean({ZS}), jnp.sum({ZS}), {ZS} @ {ZS})",
    "str_scalars": "[str(jnp.asarray(v)) for v in (1j, 3 + 4j, 1 - 0j, -2.5j, 0j)]",
    "str_array": "str(jnp.array([[1 + 1j, -2.5], [1e-3j, 100]]))",
    "grad_complex_output": f"jax.grad(jnp.sin)({Z})",
    "holomorphic_real_input": "jax.grad(jnp.sin, holomorphic=True)(1.0)",
    "holomorphic_real_output": f"jax.grad(jnp.abs, holomorphic=True)({Z})",
    "jacrev_complex_output": f"jax.jacrev(jnp.sin)({ZS})",
    "cholesky_hermitian": f"jnp.linalg.cholesky({HERMITIAN})",
    "cholesky_holomorphic_grad":
        f"jax.grad(lambda a: jnp.sum(jnp.linalg.cholesky(a) ** 2), holomorphic=True)({HERMITIAN})",
    "cholesky_real_loss_grad":
        f"jax.grad(lambda a: jnp.sum(jnp.abs(jnp.linalg.cholesky(a))))({HERMITIAN})",
    "solve_complex": f"jnp.linalg.solve({HERMITIAN}, jnp.array([1.0, 1j, -0.5]))",
    "solve_complex_grad":
        f"jax.grad(lambda b: jnp.sum(jnp.abs(jnp.linalg.solve({HERMITIAN}, b)) ** 2))("
        "jnp.array([1.0 + 0j, 1j, -0.5]))",
})

# gradients with respect to weak Python floats and their lists, and a strong array for contrast
WEAK_FUNCTIONS = {
    "sum": "lambda p: jnp.sum(jnp.stack(p))",
    "mean": "lambda p: jnp.mean(jnp.stack(p) ** 2)",
    "slice": "lambda p: jnp.sum(jnp.stack(p)[:2])",
    "index": "lambda p: jnp.stack(p)[1]",
    "strong_times": "lambda p: jnp.sum(jnp.stack(p) * jnp.ones(3))",
    "broadcast_add": "lambda p: jnp.sum(p[0] + jnp.ones(3))",
    "scalar_square": "lambda p: p[0] * p[1] ** 2",
    "array_square": "lambda p: jnp.sum(jnp.stack(p) ** 2)",
    "sqrt": "lambda p: jnp.sum(jnp.sqrt(jnp.stack(p) + 1.0))",
    "tanh": "lambda p: jnp.sum(jnp.tanh(jnp.stack(p)))",
    "matmul": "lambda p: jnp.sum(jnp.ones((2, 2)) @ jnp.stack(p)[:2])",
    "int_data": "lambda p: jnp.mean((jnp.arange(3) - p[0]) ** 2)",
    "exp_div": "lambda p: jnp.sum((jnp.arange(3.0) - p[0]) / jnp.exp(p[1]))",
    "where": "lambda p: jnp.sum(jnp.where(jnp.arange(3) > 0, jnp.stack(p), 0.0))",
}
WEAK_INPUTS = {"floats": "[0.5, -0.25, 1.5]", "array": "[jnp.float32(0.5), 0.25, 1.5]"}
WEAK_CASES = {f"{name}[{inp}]": f"jax.grad({fn})({value})"
              for name, fn in WEAK_FUNCTIONS.items() for inp, value in WEAK_INPUTS.items()}
WEAK_CASES["custom_jvp_unused_output"] = """\
@jax.custom_jvp
def f(x, y):
    return x ** 2, jnp.cos(y)
f.defjvp(lambda p, t: (f(*p), (2 * p[0] * t[0], -jnp.sin(p[1]) * t[1])))
jax.grad(lambda x, y: f(x, y)[0], argnums=(0, 1))(1.0, 2.0)"""

FAMILIES = {"complex": COMPLEX_CASES, "weak": WEAK_CASES}

# Cases jaxlite does not match yet, with the reason; a listed case that matches fails.
XFAIL = {}


def _program(source):
    *body, last = source.split("\n")
    return "\n".join([*body, f"print(repr({last}))"])


_PRELUDE = "import jax\nimport jax.numpy as jnp\n"
_REAL_RUNNER = """
import contextlib, io, json, sys
cases = json.load(sys.stdin)
out = {}
for name, source in cases.items():
    buf = io.StringIO()
    try:
        with contextlib.redirect_stdout(buf):
            exec(source, {"__name__": "__main__"})
    except Exception as exc:
        buf.write(f"{type(exc).__name__}: {str(exc).strip().splitlines()[0]}")
    out[name] = buf.getvalue()
json.dump(out, sys.stdout)
"""
_REAL = {}


def _real_outputs(family):
    if family not in _REAL:
        programs = {name: _PRELUDE + _program(src) for name, src in FAMILIES[family].items()}
        key = build_cache.digest(_REAL_RUNNER, json.dumps(programs, sort_keys=True))

        def compute():
            env = dict(os.environ, JAX_PLATFORMS="cpu")
            done = subprocess.run([sys.executable, "-c", _REAL_RUNNER],
                                  input=json.dumps(programs), capture_output=True, text=True,
                                  env=env, check=True)
            return json.loads(done.stdout)
        _REAL[family] = build_cache.remember(f"jax-{family}-cases", key, compute)
    return _REAL[family]


def _lite_output(source):
    from jaxlite import numpy as jnp
    buf = io.StringIO()
    try:
        with redirect_stdout(buf):
            exec(_program(source), {"jax": jaxlite, "jnp": jnp, "__name__": "__main__"})
    except Exception as exc:  # noqa: BLE001 - the text is what is compared
        buf.write(f"{type(exc).__name__}: {str(exc).strip().splitlines()[0]}")
    return buf.getvalue()


ALL = [(family, name) for family, cases in FAMILIES.items() for name in sorted(cases)]


@pytest.mark.parametrize(("family", "name"), ALL, ids=[f"{f}:{n}" for f, n in ALL])
def test_case_matches_jax(family, name):
    expected = _real_outputs(family)[name]
    got = _lite_output(FAMILIES[family][name])
    reason = compare_text(expected, got)
    key = f"{family}:{name}"
    if key in XFAIL:
        if reason is None:
            pytest.fail(f"{key} now matches JAX: remove it from XFAIL")
        pytest.xfail(XFAIL[key])
    assert reason is None, f"{reason}\nreal JAX: {expected}\njaxlite:  {got}"


def test_xfail_names_are_cases():
    assert set(XFAIL) <= {f"{f}:{n}" for f, n in ALL}
