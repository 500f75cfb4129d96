"""Turns each problem page into a live exercise: check cases from real JAX, proven under jaxlite."""

from __future__ import annotations

import html
import importlib.util
import json
import os
import posixpath
import queue
import re
import subprocess
import sys
import threading
import urllib.parse
from pathlib import Path
from types import ModuleType
from typing import Any

import build_cache
import jax
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

RUNNER = Path(__file__).resolve().parent.parent / "docs" / "assets" / "exercise" / "runner.py"
# Defaults a problem's front matter may override (`time_limit`, `rtol`, `atol`).
TIME_LIMIT = 10.0
RTOL = 1e-5
ATOL = 1e-6
# The widget goes just before this heading: after the task and its examples.
_HINTS_HEADING = '<h2 id="hints">'
# Arrays with more elements than this are shown by dtype and shape in a case's call.
_SHOWN_ELEMENTS = 8

# Build-cache kinds, and the sources that decide an exercise besides its problem's files.
EXERCISE_KIND = "exercise"
PROOF_KIND = "jaxlite-proof"
_SOURCES = (Path(__file__), Path(__file__).with_name("problems.py"), Path(build_cache.__file__))
# The bare Python that answers runner requests under jaxlite, one JSON line in, one out.
_DRIVER = """\
import json, sys
sys.path[:0] = sys.argv[1:3]
import jaxlite; jaxlite.install()
import runner
answers = sys.stdout
for line in sys.stdin:
    # What the code prints goes to stderr: stdout carries only the answers.
    sys.stdout = sys.stderr
    answer = runner.handle(json.loads(line))
    sys.stdout = answers
    answers.write(json.dumps(answer) + "\\n")
    answers.flush()
"""

_exercises: dict[str, dict[str, Any]] = {}

# -----------------------------------------------------------------------------
# Events
# -----------------------------------------------------------------------------


def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    # hooks/problems.py has loaded and checked the problems in its own on_files (it is listed
    # first in mkdocs.yml); this builds each exercise and proves it solvable in the browser.
    problems = _problems_hook(config).loaded_problems()
    _exercises.clear()
    # A site without problems (a test's minimal project) needs no runner at all.
    runner = build_cache.digest(RUNNER) if problems else ""
    for slug, problem in problems.items():
        # The runner encodes the cases: a new runner, new data.
        key = build_cache.digest(*_SOURCES, runner, problem.digest)
        _exercises[slug] = build_cache.remember(
            EXERCISE_KIND, key, lambda problem=problem: build_exercise(problem))
    prove_under_jaxlite(list(_exercises.values()), Path(config.config_file_path).parent)
    return files


def on_page_content(html_text: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    src = page.file.src_uri
    if not (src.startswith("problems/") and src != "problems/index.md"):
        return html_text
    exercise = _exercises.get(src[len("problems/") : -len(".md")])
    if exercise is None:
        raise PluginError(f"docs/{src}: no exercise was built for this problem page")
    if _HINTS_HEADING not in html_text:
        raise PluginError(f"docs/{src}: cannot place the exercise: no Hints heading")
    next_link = _problems_hook(config).next_problem(exercise["slug"], page, config, files)
    widget = render_widget(exercise, next_link)
    return html_text.replace(_HINTS_HEADING, widget + _HINTS_HEADING, 1)


def on_post_page(output: str, *, page: Page, config: MkDocsConfig) -> str:
    # Python starts booting while the page itself still loads: exercise.js, which runs at the
    # end of the body, adopts this worker and the messages it has sent so far.
    # The same on the playground, the other page that runs Python.
    slug = page.file.src_uri.removeprefix("problems/").removesuffix(".md")
    if slug not in _exercises and "data-playground" not in output:
        return output
    worker = json.dumps(get_relative_url("assets/exercise/worker.js", page.url))
    script = _EARLY_START.replace("WORKER", worker)
    output = _search_later(output, page)
    # First thing in the head: a script after the stylesheets would wait for them to load.
    charset = '<meta charset="utf-8">'
    if charset in output:
        return output.replace(charset, charset + script, 1)
    return output.replace("</head>", script + "</head>", 1)


def _search_later(output: str, page: Page) -> str:
    """Material's search worker, in the page's theme configuration, wrapped in one that waits
    for Python to start before it builds the search index (assets/javascripts/search-later.js).
    """
    match = _SEARCH_WORKER.search(output)
    if match is None:
        # No search on this site (the search plugin is off): nothing to hold back.
        return output
    # The real worker's path from the site's root, then from the wrapper's folder.
    folder = page.url if page.url.endswith("/") or not page.url else posixpath.dirname(page.url)
    real = posixpath.normpath(posixpath.join(folder, match.group(2)))
    query = urllib.parse.quote(posixpath.relpath(real, posixpath.dirname(SEARCH_LATER)))
    wrapper = f"{get_relative_url(SEARCH_LATER, page.url)}?worker={query}"
    return output[:match.start(2)] + wrapper + output[match.end(2):]


# Material's theme configuration, a JSON object in the page, names its search worker.
_SEARCH_WORKER = re.compile(r'(<script id="__config"[^>]*>[^<]*?"search": ")([^"]+)(")')
SEARCH_LATER = "assets/javascripts/search-later.js"

_EARLY_START = """<script>
if (!window.exerciseEarly) {
  try {
    const worker = new Worker(new URL(WORKER, location.href), { type: "module" });
    const early = window.exerciseEarly = { worker, messages: [] };
    worker.onmessage = (event) => early.messages.push(event.data);
    worker.onerror = (event) => early.messages.push({ type: "boot-error",
      message: event.message || "the Python worker could not start" });
  } catch { /* no early worker: exercise.js starts one */ }
}
</script>
"""

# -----------------------------------------------------------------------------
# Exercises
# -----------------------------------------------------------------------------


def build_exercise(problem: Any) -> dict[str, Any]:
    """Everything the widget needs, with expected outputs computed by real JAX."""
    runner = load_runner()
    solution = problem.load("solution.py")
    where = f"problem '{problem.slug}'"
    cases = []
    for name, kwargs in problem.cases.items():
        cases.append({
            "name": name,
            "call": _call_text(problem.function, kwargs),
            "inputs": {k: _encode(runner, v, where) for k, v in kwargs.items()},
            "expected": _encode(runner, solution(**kwargs), where),
        })
    examples = []
    for example in problem.examples:
        result = solution(**example.kwargs)
        examples.append({
            "call": example.call,
            "expected": _encode(runner, result, where),
            "expected_text": str(result),
        })
    return {
        "slug": problem.slug,
        "title": problem.title,
        "function": problem.function,
        "starter": (problem.snippets / "starter.py").read_text(encoding="utf-8"),
        "solution": (problem.snippets / "solution.py").read_text(encoding="utf-8"),
        "time_limit": setting(problem, "time_limit", TIME_LIMIT),
        "rtol": setting(problem, "rtol", RTOL),
        "atol": setting(problem, "atol", ATOL),
        "jax_version": jax.__version__,
        "examples": examples,
        "cases": cases,
    }


def prove_under_jaxlite(exercises: list[dict[str, Any]], root: Path) -> None:
    """Fail the build unless each reference solution passes its own checks under jaxlite."""
    if not exercises:
        return
    # A proof holds for the jaxlite and runner it was made with, and the exact request.
    engine = build_cache.digest(*_SOURCES, RUNNER, build_cache.tree_digest(root / "jaxlite"))
    todo = []
    for exercise in exercises:
        for mode in ("submit", "run"):
            request = json.dumps({"mode": mode, "code": exercise["solution"],
                                  "exercise": exercise}, sort_keys=True)
            key = build_cache.digest(engine, request)
            if not build_cache.lookup(PROOF_KIND, key)[0]:
                todo.append((exercise["slug"], mode, key, request))
    answers = run_under_jaxlite([request for *_, request in todo], root)
    for (slug, mode, key, _), answer in zip(todo, answers, strict=True):
        build_cache.count_miss(PROOF_KIND)
        failures = [item for item in answer["items"] if item["status"] != "pass"]
        if answer["error"] or failures or not answer["items"]:
            details = answer["error"] or "\n".join(
                f"- {item['name']}: {item.get('error') or item['diagnostic']}" for item in failures
            )
            raise PluginError(
                f"problem '{slug}': the reference solution does not pass its own "
                f"{'check cases' if mode == 'submit' else 'examples'} under jaxlite, so the "
                f"exercise could not be solved in the browser:\n{details}"
            )
        build_cache.store(PROOF_KIND, key, True)


def run_under_jaxlite(requests: list[str], root: Path) -> list[dict[str, Any]]:
    """The runner's answers to `requests`, computed by jaxlite in long-lived bare Pythons.

    One process per core takes requests from a shared queue, as the browser's worker takes
    one submission after another.
    """
    answers: list[dict[str, Any] | None] = [None] * len(requests)
    work: queue.SimpleQueue[int] = queue.SimpleQueue()
    for index in range(len(requests)):
        work.put(index)
    errors: list[str] = []

    def serve() -> None:
        # A child process: binding `jax` to jaxlite here would replace the real JAX the build
        # uses. `-S` keeps site-packages (and so numpy) out of reach, as in the browser.
        env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
        process = subprocess.Popen(
            [sys.executable, "-S", "-c", _DRIVER, str(root), str(RUNNER.parent)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True, env=env,
        )
        try:
            while not errors:
                try:
                    index = work.get_nowait()
                except queue.Empty:
                    break
                process.stdin.write(json.dumps(requests[index]) + "\n")
                process.stdin.flush()
                line = process.stdout.readline()
                if not line:
                    errors.append(process.stderr.read())
                    break
                answers[index] = json.loads(json.loads(line))
        finally:
            process.stdin.close()
            process.wait()

    threads = [threading.Thread(target=serve) for _ in range(min(os.cpu_count() or 1,
                                                                   len(requests)))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise PluginError(f"running the exercise runner under jaxlite failed:\n{errors[0]}")
    return answers


def render_widget(exercise: dict[str, Any], next_link: tuple[str, str] = ("", "")) -> str:
    """The exercise's element; `next_link` is (href, title) of the problem to offer once this
    one is solved (no title: the last problem, and href leads back to the index)."""
    # The data rides in an attribute: an inline JSON <script> would be re-run as JavaScript
    # by Material's instant navigation, and text content would land in the search index.
    data = html.escape(json.dumps(exercise, ensure_ascii=False), quote=True)
    version = html.escape(exercise["jax_version"])
    href, title = (html.escape(part, quote=True) for part in next_link)
    return (
        f'<h2 id="try-it">Try it</h2>\n'
        f'<div class="exercise" data-exercise="{html.escape(exercise["slug"])}" '
        f'data-exercise-time-limit="{exercise["time_limit"]:g}" '
        f'data-exercise-next-href="{href}" data-exercise-next-title="{title}" '
        f'data-exercise-spec="{data}">\n'
        f'<p class="exercise-about">Your code runs here, in your browser, on '
        f"<strong>jaxlite</strong>: this course's re-implementation of JAX's core in pure "
        f"Python, running in Pyodide. Every output printed elsewhere on this page comes from "
        f"<strong>real JAX {version}</strong>, run when the site was built, and the checks "
        f"compare your answers with real JAX's.</p>\n"
        f'<noscript><p class="exercise-about">The live exercise needs JavaScript. '
        f"You can still solve the problem on your own machine with JAX.</p></noscript>\n"
        f"</div>\n"
    )


def load_runner() -> ModuleType:
    """docs/assets/exercise/runner.py: the same code the browser runs, for its encoder."""
    name = "course_exercise_runner"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, RUNNER)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


# -----------------------------------------------------------------------------
# Helpers
# -----------------------------------------------------------------------------


def _problems_hook(config: MkDocsConfig) -> ModuleType:
    for plugin in config.plugins.values():
        if isinstance(plugin, ModuleType) and hasattr(plugin, "loaded_problems"):
            return plugin
    raise PluginError("hooks/exercise.py needs hooks/problems.py listed before it in mkdocs.yml")


def setting(problem: Any, key: str, default: float) -> float:
    """A number from the problem's front matter, or `default`."""
    raw = problem.meta.get(key)
    if raw is None:
        return default
    try:
        value = float(raw)
    except ValueError as error:
        raise PluginError(f"problem '{problem.slug}': {key} {raw!r} is not a number") from error
    if value <= 0:
        raise PluginError(f"problem '{problem.slug}': {key} must be positive, got {raw!r}")
    return value


def _encode(runner: ModuleType, value: Any, where: str) -> dict[str, Any]:
    try:
        return runner.encode(value)
    except TypeError as error:
        raise PluginError(f"{where}: cannot embed a check value: {error}") from error


def _call_text(function: str, kwargs: dict[str, Any]) -> str:
    return f"{function}({', '.join(f'{name}={_shown(v)}' for name, v in kwargs.items())})"


def _shown(value: Any) -> str:
    """A case's input as the results list shows it: an array of more than a few elements as
    its dtype and shape, at any depth of a pytree, the rest as its repr on one line."""
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k!r}: {_shown(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(_shown(v) for v in value) + "]"
    if isinstance(value, tuple) and type(value) is tuple:
        inner = ", ".join(_shown(v) for v in value)
        return f"({inner},)" if len(value) == 1 else f"({inner})"
    size = getattr(value, "size", None)
    if size is not None and size > _SHOWN_ELEMENTS:
        shape = ",".join(str(n) for n in value.shape)
        return f"<{value.dtype}[{shape}]>"
    return " ".join(repr(value).split())
