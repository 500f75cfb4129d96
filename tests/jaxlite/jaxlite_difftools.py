"""Helpers shared by jaxlite's differential and Pyodide tests: run programs, compare outputs."""

import difflib
import json
import math
import os
import re
import subprocess
import sys
from pathlib import Path

import build_cache

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parent.parent
PROGRAMS_DIR = HERE / "programs"
REAL_JAX_DRIVER = HERE / "real_jax_driver.py"

# float32 has a machine epsilon of 2**-23 ~ 1.19e-7, so one ulp is between 6e-8 and 1.2e-7 of a
# value. Each jaxlite primitive rounds to float32 exactly as XLA does for + - * / sqrt, but
# transcendental functions (exp, log, tanh, ...) come from libm rather than XLA's polynomials and
# may differ by 1-2 ulp, and a printed number is usually the end of a chain of ten or more ops.
# RTOL = 2e-6 allows roughly 16-32 ulp of drift, far below any real bug (a wrong rule or wrong
# order of operations moves the value by much more). ATOL = 1e-6 covers results that should be
# near zero but come from the cancellation of O(1) terms, where the absolute error is ~1e-7.
RTOL = 2e-6
ATOL = 1e-6

# A number token: optional sign, then nan/inf or a decimal with optional exponent. It must not
# be glued to letters or digits on either side, so `float32`, `info` and `x1` stay plain text;
# but a complex number's imaginary part (`3.+4.j`, `(1-2j)`) is a number of its own: a sign
# right after a digit or point starts one, and a `j` may end one.
_NUMBER = re.compile(
    r"(?:(?<![A-Za-z0-9_.])[-+]?|(?<=[0-9.])[-+])"
    r"(?:nan|inf|(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?)"
    r"(?=j(?![A-Za-z0-9_])|(?![A-Za-z0-9_]))"
)


def tokenize(text):
    """Split text into ('num', str) and ('text', str) tokens; whitespace separates tokens."""
    tokens = []
    for chunk in text.split():
        pos = 0
        for m in _NUMBER.finditer(chunk):
            if m.start() > pos:
                tokens.append(("text", chunk[pos : m.start()]))
            tokens.append(("num", m.group()))
            pos = m.end()
        if pos < len(chunk):
            tokens.append(("text", chunk[pos:]))
    # text on either side of a space is one token: padding that moves with a number's width
    # ('+0.5j ,' against '+0.55j,') must not change how the text splits
    merged = []
    for tok in tokens:
        if merged and tok[0] == "text" and merged[-1][0] == "text":
            merged[-1] = ("text", merged[-1][1] + tok[1])
        else:
            merged.append(tok)
    return merged


def _is_integer_literal(tok):
    return re.fullmatch(r"[-+]?\d+", tok) is not None


def numbers_close(a, b, rtol=RTOL, atol=ATOL):
    """Compare two number tokens: integers exactly, floats within the float32 tolerance."""
    if a == b:
        return True
    if _is_integer_literal(a) and _is_integer_literal(b):
        # Integer text (int32 arrays, shapes, indices, argmax results) must match exactly.
        return False
    x, y = float(a), float(b)
    if math.isnan(x) or math.isnan(y):
        return math.isnan(x) and math.isnan(y)
    if math.isinf(x) or math.isinf(y):
        return x == y
    return abs(x - y) <= atol + rtol * abs(x)


def compare_text(expected, actual, rtol=RTOL, atol=ATOL):
    """Return None when `actual` matches `expected` up to float32 tolerance, else a reason.

    Whitespace layout must match exactly when every number printed identically. If some
    number differs in its last digits, numpy-style printing pads whole arrays differently,
    so only then is the amount of whitespace ignored.
    """
    if expected == actual:
        return None
    etoks, atoks = tokenize(expected), tokenize(actual)
    for i, (et, at) in enumerate(zip(etoks, atoks, strict=False)):
        if et[0] != at[0]:
            return f"token {i}: expected {et[1]!r}, got {at[1]!r}"
        if et[0] == "text" and et[1] != at[1]:
            return f"token {i}: expected {et[1]!r}, got {at[1]!r}"
        if et[0] == "num" and not numbers_close(et[1], at[1], rtol, atol):
            return f"token {i}: expected number {et[1]}, got {at[1]} (rtol={rtol}, atol={atol})"
    if len(etoks) != len(atoks):
        extra = etoks[len(atoks) :] or atoks[len(etoks) :]
        which = "missing" if len(etoks) > len(atoks) else "unexpected"
        return f"{which} output starting at token {min(len(etoks), len(atoks))}: {extra[0][1]!r}"
    if all(et[1] == at[1] for et, at in zip(etoks, atoks, strict=True)):
        return "same tokens but different whitespace or line layout"
    return None


def unified_diff(expected, actual, expected_name="real JAX", actual_name="jaxlite"):
    lines = difflib.unified_diff(
        expected.splitlines(),
        actual.splitlines(),
        fromfile=expected_name,
        tofile=actual_name,
        lineterm="",
    )
    return "\n".join(lines) or "(no line differences)"


_EXCEPTION_LINE = re.compile(r"^[A-Za-z_][\w.]*(: .*)?$")


def last_line(text):
    """The `TypeError: message` line of a traceback.

    That is normally stderr's last line, but real JAX appends a note after it ("For simplicity,
    JAX has removed its internal frames ..."), so notes and separators below it are skipped.
    """
    lines = [line for line in text.splitlines() if line.strip()]
    for line in reversed(lines):
        if _EXCEPTION_LINE.match(line) and not line.startswith("For simplicity"):
            return line
    return lines[-1] if lines else ""


def program_paths():
    return sorted(PROGRAMS_DIR.glob("[0-9]*.py"))


def jaxlite_env():
    env = dict(os.environ)
    # `-S` skips site-packages, so the repo root must be named explicitly.
    env["PYTHONPATH"] = str(REPO_ROOT)
    env.pop("PYTHONSTARTUP", None)
    env["PYTHONHASHSEED"] = "0"
    return env


def run_under_jaxlite(path):
    """Run one program as `python -S -m jaxlite run FILE` from the repo root."""
    proc = subprocess.run(
        [sys.executable, "-S", "-m", "jaxlite", "run", str(path)],
        cwd=REPO_ROOT,
        env=jaxlite_env(),
        capture_output=True,
        text=True,
    )
    return {"stdout": proc.stdout, "stderr": proc.stderr, "returncode": proc.returncode}


class RealJaxOutputs:
    """Real JAX's result for each corpus program, by file name, computed when first asked for.

    One long-lived driver runs the programs this process asks about (under pytest-xdist, each
    worker only its share), and the results are remembered in the build cache by the
    program's text, the driver and the installed versions, so an unchanged program under an
    unchanged JAX is not run again (COURSE_FRESH_BUILD=1 reruns all).
    """

    def __init__(self, paths):
        self._paths = {path.name: path for path in paths}
        self._process = None

    def __getitem__(self, name):
        path = self._paths[name]
        # the absolute path too: a traceback or a tracing message prints it
        key = build_cache.digest(REAL_JAX_DRIVER, path, str(path.resolve()))
        return build_cache.remember("real-jax-program", key, lambda: self._run(path))

    def _run(self, path):
        if self._process is None:
            env = dict(os.environ)
            env["PYTHONHASHSEED"] = "0"
            env.setdefault("JAX_PLATFORMS", "cpu")
            self._process = subprocess.Popen(
                [sys.executable, str(REAL_JAX_DRIVER), "--serve"], cwd=REPO_ROOT, env=env,
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        self._process.stdin.write(f"{path}\n")
        self._process.stdin.flush()
        line = self._process.stdout.readline()
        if not line:
            raise RuntimeError(f"the real-JAX driver stopped while running {path.name}")
        return json.loads(line)

    def close(self):
        if self._process is not None:
            self._process.stdin.close()
            self._process.wait()
            self._process = None


def run_under_real_jax(paths):
    """Run programs under real JAX in one subprocess; returns {file name: result dict}."""
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    env.setdefault("JAX_PLATFORMS", "cpu")
    proc = subprocess.run(
        [sys.executable, str(REAL_JAX_DRIVER), *map(str, paths)],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"real-JAX driver failed:\n{proc.stderr[-4000:]}")
    return json.loads(proc.stdout)
