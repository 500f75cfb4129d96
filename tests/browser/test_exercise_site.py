"""The built site carries each exercise's data and the whole self-hosted runtime with licences."""

from __future__ import annotations

import hashlib
import html
import json
import re
import zipfile

import jax
import pytest
from course_helpers import ROOT, load_hook

pytestmark = pytest.mark.build

EXERCISE = "assets/exercise"


def _spec(site, slug: str) -> dict:
    page = (site / "problems" / slug / "index.html").read_text(encoding="utf-8")
    found = re.findall(rf'data-exercise="{slug}"[^>]*data-exercise-spec="([^"]*)"', page)
    assert len(found) == 1, slug
    return json.loads(html.unescape(found[0]))


def test_each_problem_page_embeds_cases_computed_by_real_jax(built_site, problems_hook):
    exercise_hook = load_hook("exercise")
    runner = exercise_hook.load_runner()
    problems = problems_hook.load_problems(ROOT / "docs", ROOT / "snippets")
    assert problems
    for slug, problem in problems.items():
        spec = _spec(built_site, slug)
        assert spec["function"] == problem.function
        assert spec["jax_version"] == jax.__version__
        assert len(spec["cases"]) == len(problem.cases) >= 8
        assert len(spec["examples"]) == 2
        solution = problem.load("solution.py")
        for case in spec["cases"]:
            # Computed again here with real JAX: structure, shapes, dtypes and values agree.
            expected = runner.encode(solution(**problem.cases[case["name"]]))
            assert case["expected"] == json.loads(json.dumps(expected)), (slug, case["name"])
        assert spec["starter"] == (problem.snippets / "starter.py").read_text(encoding="utf-8")
        defaults = (exercise_hook.RTOL, exercise_hook.ATOL, exercise_hook.TIME_LIMIT)
        settings = tuple(float(problem.meta.get(key, default)) for key, default in
                         zip(("rtol", "atol", "time_limit"), defaults, strict=True))
        assert (spec["rtol"], spec["atol"], spec["time_limit"]) == settings, slug


def test_runtime_is_self_hosted_with_licences(built_site):
    vendor = built_site / EXERCISE / "vendor"
    for name in ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.pyc.zip",
                 "pyodide-lock.json"):
        assert (vendor / "pyodide" / name).stat().st_size > 0, name
    assert (vendor / "editor.js").stat().st_size > 50_000
    licences = (vendor / "LICENSES.txt").read_text(encoding="utf-8")
    assert "pyodide 314.0.7 (MPL-2.0)" in licences and "@codemirror/view" in licences
    for line in licences.splitlines()[2:]:
        assert (vendor / line.rsplit(": ", 1)[1]).is_file(), line
    # The editor's source entry is bundled, never published as it is.
    assert not (built_site / EXERCISE / "editor_entry.js").exists()


def test_jaxlite_is_packed_for_the_worker(built_site):
    # Bytecode compiled by the vendored Pyodide: unchecked-hash .pyc files (PEP 552 flags 1)
    # with the magic number of the standard library's, no source and no __pycache__.
    headers = {}
    for archive_path in ("jaxlite.zip", "vendor/pyodide/python_stdlib.pyc.zip"):
        with zipfile.ZipFile(built_site / EXERCISE / archive_path) as archive:
            names = archive.namelist()
            assert not any(name.endswith(".py") or "__pycache__" in name for name in names)
            for name in names:
                if name.endswith(".pyc"):
                    headers[name] = archive.read(name)[:8]
    for name in ("jaxlite/__init__.pyc", "jaxlite/numpy/__init__.pyc", "exercise_runner.pyc",
                 "json/__init__.pyc", "traceback.pyc"):
        assert name in headers, name
    assert {header[4:] for header in headers.values()} == {(1).to_bytes(4, "little")}
    assert len({header[:4] for header in headers.values()}) == 1
    worker = (built_site / EXERCISE / "worker.js").read_text(encoding="utf-8")
    assert 'from "./vendor/pyodide/pyodide.mjs"' in worker


def test_worker_knows_the_digests_of_the_archives_it_is_served_with(built_site):
    # The worker looks its snapshot up by these before it has downloaded the archives, so
    # they must be the digests of the files beside it in this very build.
    worker = (built_site / EXERCISE / "worker.js").read_text(encoding="utf-8")
    (line,) = re.findall(r"^const BUILT_DIGESTS = (.*);$", worker, re.MULTILINE)
    told = json.loads(line)
    files = {"stdlib": "vendor/pyodide/python_stdlib.pyc.zip", "jaxlite": "jaxlite.zip"}
    assert told == {name: hashlib.sha256((built_site / EXERCISE / path).read_bytes()).hexdigest()
                    for name, path in files.items()}
    source = (ROOT / "docs" / EXERCISE / "worker.js").read_text(encoding="utf-8")
    assert "\nconst BUILT_DIGESTS = null;\n" in source
