"""Checks one problem end to end without building the site: `python tools/check_problem.py SLUG`.

What it runs, in order, stopping at the first failure:

1. the problem format (front matter, sections, snippets, cases, examples, starter raises);
2. every snippet in `snippets/problems/SLUG/`, with real JAX, printing what the page will show;
3. the check cases under real JAX, then the reference solution under jaxlite in a bare Python,
   as the build does (the exercise must be solvable in the browser);
4. the hidden tests, `tests/problems/test_SLUG.py`, with pytest.

Run it from the environment that has the course's test dependencies (`nox -s problem -- SLUG`
makes one).
"""

from __future__ import annotations

import argparse
import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent


def load_hook(name: str) -> ModuleType:
    path = ROOT / "hooks" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"course_hooks_{name}", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    # As MkDocs does, so that hooks import their shared modules (build_cache).
    if str(path.parent) not in sys.path:
        sys.path.insert(0, str(path.parent))
    spec.loader.exec_module(module)
    return module


def check(slug: str) -> bool:
    problems, exercise_hook = load_hook("problems"), load_hook("exercise")
    page = ROOT / "docs" / "problems" / f"{slug}.md"
    snippets = ROOT / "snippets" / "problems" / slug
    print(f"== {slug}: format")
    if not page.is_file():
        print(f"no page docs/problems/{slug}.md")
        return False
    try:
        problem = problems.load_problem(page, snippets)
    except problems.ProblemError as error:
        print(error)
        return False
    print(f"ok: {len(problem.cases)} check cases, {len(problem.examples)} examples")

    for path in sorted(snippets.glob("*.py")):
        print(f"== {slug}: snippet {path.name}")
        # A child process, as the site build and the snippet tests run them.
        result = subprocess.run([sys.executable, str(path)], capture_output=True, text=True,
                                cwd=ROOT)
        print(result.stdout.rstrip() or "(prints nothing)")
        if result.returncode != 0:
            print(result.stderr)
            return False

    print(f"== {slug}: examples as the page shows them")
    print(problems.render_examples(problem))

    print(f"== {slug}: check cases with real JAX, then the solution under jaxlite")
    exercise = exercise_hook.build_exercise(problem)
    try:
        exercise_hook.prove_under_jaxlite([exercise], ROOT)
    except Exception as error:  # noqa: BLE001 - report whatever stopped the proof
        print(error)
        return False
    print("ok: the reference solution passes every check case and example under jaxlite")

    tests = ROOT / "tests" / "problems" / f"test_{slug.replace('-', '_')}.py"
    print(f"== {slug}: hidden tests {tests.relative_to(ROOT)}")
    if not tests.is_file():
        print("missing")
        return False
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                             str(tests)], cwd=ROOT)
    return result.returncode == 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("slugs", nargs="+", metavar="SLUG")
    args = parser.parse_args()
    failed = [slug for slug in args.slugs if not check(slug)]
    print("\nall good" if not failed else f"\nFAILED: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
