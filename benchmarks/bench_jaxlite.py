"""Benchmark jaxlite against real JAX (eager, no jit) on the course's exercise-sized workloads.

Run with the development interpreter, which has real JAX installed:

    python benchmarks/bench_jaxlite.py [--rounds 7]

Both engines run in this one process: real JAX as `jax`, jaxlite imported as its own package
(not installed over `jax`). Each case is warmed up, then timed in interleaved rounds (JAX,
jaxlite, JAX, jaxlite, ...) so that load from other processes hits both alike; the table shows
the median time per call. Nothing here asserts on time.
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402

import jaxlite  # noqa: E402
import jaxlite.nn  # noqa: E402
import jaxlite.numpy as lnp  # noqa: E402

GOAL = 3.0


class Engine:
    """The handful of names a workload needs, bound to real JAX or to jaxlite."""

    def __init__(self, name, api, np_mod, nn_mod, to_array, ready):
        self.name = name
        self.api = api
        self.np = np_mod
        self.nn = nn_mod
        self.to_array = to_array
        self.ready = ready


def _jaxlite_array(a):
    a = np.asarray(a, dtype=np.float32)
    return lnp.array(a.tolist(), dtype=lnp.float32)


JAX = Engine(
    "JAX", jax, jnp, jax.nn, lambda a: jnp.asarray(a, dtype=jnp.float32), jax.block_until_ready
)
LITE = Engine("jaxlite", jaxlite, lnp, jaxlite.nn, _jaxlite_array, lambda tree: tree)


# ---------------------------------------------------------------------------
# workloads: each builder takes an engine and returns a zero-argument callable


def logistic_grad(n, d):
    rng = np.random.default_rng(0)
    x_np = rng.normal(size=(n, d)).astype(np.float32)
    y_np = (rng.uniform(size=n) > 0.5).astype(np.float32)
    w_np = rng.normal(size=d).astype(np.float32) * 0.1

    def build(e):
        x, y, w = e.to_array(x_np), e.to_array(y_np), e.to_array(w_np)

        def loss(w, b):
            p = e.nn.sigmoid(x @ w + b)
            return -e.np.mean(y * e.np.log(p) + (1.0 - y) * e.np.log(1.0 - p))

        g = e.api.grad(loss, argnums=(0, 1))
        return lambda: e.ready(g(w, 0.0))

    return build


def linear_regression_loop(steps=100):
    rng = np.random.default_rng(1)
    x_np = rng.normal(size=(20, 3)).astype(np.float32)
    y_np = (x_np @ np.array([2.0, -1.0, 0.5], dtype=np.float32) + 0.3).astype(np.float32)

    def build(e):
        x, y = e.to_array(x_np), e.to_array(y_np)

        def mse(w, b):
            return e.np.mean((x @ w + b - y) ** 2)

        g = e.api.grad(mse, argnums=(0, 1))

        def train():
            w, b = e.np.zeros(3), 0.0
            for _ in range(steps):
                gw, gb = g(w, b)
                w, b = w - 0.1 * gw, b - 0.1 * gb
            return e.ready((w, b))

        return train

    return build


def hessian_5():
    x_np = np.array([0.5, -1.0, 1.5, 0.25, 2.0], dtype=np.float32)

    def build(e):
        x = e.to_array(x_np)

        def f(v):
            return e.np.sum(v**3) + v[0] * v[1] * v[2] + e.np.sin(v[3]) * v[4] ** 2

        h = e.api.hessian(f)
        return lambda: e.ready(h(x))

    return build


def vmap_grad(batch=32):
    rng = np.random.default_rng(2)
    xs_np = rng.normal(size=(batch, 3)).astype(np.float32)
    ys_np = rng.normal(size=batch).astype(np.float32)
    w_np = np.array([0.1, -0.2, 0.3], dtype=np.float32)

    def build(e):
        xs, ys, w = e.to_array(xs_np), e.to_array(ys_np), e.to_array(w_np)

        def example_loss(w, x, y):
            return (e.np.tanh(e.np.dot(x, w)) - y) ** 2

        per_example = e.api.vmap(e.api.grad(example_loss), in_axes=(None, 0, 0))
        return lambda: e.ready(per_example(w, xs, ys))

    return build


CASES = [
    # (name, builder, whether the <= 3x goal applies)
    ("grad of logistic loss, 4x3", logistic_grad(4, 3), True),
    ("grad of logistic loss, 100x10", logistic_grad(100, 10), False),
    ("100-step linear-regression GD, 20x3", linear_regression_loop(), True),
    ("hessian of a 5-variable function", hessian_5(), True),
    ("vmap(grad) over 32 examples", vmap_grad(), True),
]


def time_call(fn, inner):
    start = time.perf_counter()
    for _ in range(inner):
        fn()
    return (time.perf_counter() - start) / inner


def choose_inner(fn, target=0.02):
    """Enough calls per measurement that one measurement lasts about `target` seconds."""
    once = time_call(fn, 1)
    return max(1, min(200, int(target / max(once, 1e-6))))


def run(rounds):
    rows = []
    for name, build, has_goal in CASES:
        fns = {e.name: build(e) for e in (JAX, LITE)}
        inner = {}
        for engine_name, fn in fns.items():
            fn()  # warm-up: JAX compiles its eager kernels here
            fn()
            inner[engine_name] = choose_inner(fn)
        times = {engine_name: [] for engine_name in fns}
        for _ in range(rounds):
            for engine_name, fn in fns.items():
                times[engine_name].append(time_call(fn, inner[engine_name]))
        t_jax = statistics.median(times["JAX"])
        t_lite = statistics.median(times["jaxlite"])
        rows.append((name, t_jax, t_lite, t_lite / t_jax, has_goal))
        print(f"  done: {name}", file=sys.stderr)
    return rows


def fmt_time(seconds):
    return f"{seconds * 1e3:.3f} ms" if seconds < 1.0 else f"{seconds:.3f} s"


def markdown_table(rows, rounds):
    lines = [
        f"Median of {rounds} interleaved rounds after warm-up; JAX {jax.__version__} eager on "
        f"CPU (no jit), jaxlite pure Python {sys.version.split()[0]}.",
        "",
        "| case | JAX | jaxlite | jaxlite / JAX | goal (<= 3x) |",
        "|---|---:|---:|---:|---|",
    ]
    for name, t_jax, t_lite, ratio, has_goal in rows:
        verdict = ("met" if ratio <= GOAL else "missed") if has_goal else "no goal"
        lines.append(
            f"| {name} | {fmt_time(t_jax)} | {fmt_time(t_lite)} | {ratio:.2f}x | {verdict} |"
        )
    return "\n".join(lines)


def import_times(runs, cached):
    """Seconds to `import jaxlite` in a fresh bare interpreter (`python -S`), one per run.

    Uncached, every module is compiled first, as on a browser's first run; cached, the
    bytecode from an earlier run is read back, as on any later CPython run.
    """
    # A child per run: an import is only cold once per process. The child times itself so
    # interpreter start-up is left out. Bytecode goes to a private folder, never the repo.
    code = ("import time; t = time.perf_counter(); import jaxlite; "
            "print(time.perf_counter() - t)")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    times = []
    with tempfile.TemporaryDirectory() as cache:
        for run in range(runs + cached):
            env["PYTHONPYCACHEPREFIX"] = cache if cached else f"{cache}/{run}"
            out = subprocess.run([sys.executable, "-S", "-c", code], cwd=REPO_ROOT, env=env,
                                 check=True, capture_output=True, text=True).stdout
            times.append(float(out))
    return times[cached:]  # with a cache, the first run only fills it


def source_lines():
    """jaxlite's Python source: all lines, and those that hold code (no blanks or comments)."""
    total = code = 0
    for path in (REPO_ROOT / "jaxlite").rglob("*.py"):
        if path.name.startswith("_jax_names"):
            continue  # generated from real JAX at build time, not written by hand
        lines = path.read_text(encoding="utf-8").splitlines()
        total += len(lines)
        code += sum(1 for line in lines if line.strip() and not line.strip().startswith("#"))
    return total, code


def size_table(runs):
    total, code = source_lines()
    rows = ["| jaxlite | value | goal |", "|---|---:|---|"]
    for cached, label in ((True, "bytecode cached"), (False, "compiled from source")):
        median = statistics.median(import_times(runs, cached))
        rows.append(f"| `import jaxlite`, {label} (median of {runs} fresh `python -S`) | "
                    f"{median * 1e3:.1f} ms | under 150 ms |")
    rows.append(f"| source lines (all / code) | {total} / {code} | under 6,000 |")
    return "\n".join(rows)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7, help="timed rounds per engine")
    args = parser.parse_args(argv)
    rows = run(args.rounds)
    print(markdown_table(rows, args.rounds))
    print()
    print(size_table(args.rounds))


if __name__ == "__main__":
    main()
