"""The problem format: the real problems load, and each kind of malformed problem is refused."""

from __future__ import annotations

import shutil
from pathlib import Path

import build_cache
import pytest
from course_helpers import ROOT, mkdocs_build

SLUG = "grad-of-quadratic"


def test_every_problem_loads(problems_hook):
    problems = problems_hook.load_problems(ROOT / "docs", ROOT / "snippets")
    pages = {p.stem for p in (ROOT / "docs" / "problems").glob("*.md")} - {"index"}
    assert set(problems) == pages
    for problem in problems.values():
        assert len(problem.cases) >= problems_hook.MIN_CASES
        assert len(problem.examples) == 2


def _copy_problems(tmp_path: Path) -> tuple[Path, Path]:
    docs, snippets = tmp_path / "docs", tmp_path / "snippets"
    shutil.copytree(ROOT / "docs" / "problems", docs / "problems")
    shutil.copytree(ROOT / "docs" / "learn", docs / "learn")
    shutil.copytree(ROOT / "snippets" / "problems", snippets / "problems")
    return docs, snippets


def _remove_file(name):
    def damage(page: Path, snippets: Path) -> None:
        (snippets / name).unlink()

    return damage


def _edit_page(old, new):
    def damage(page: Path, snippets: Path) -> None:
        text = page.read_text(encoding="utf-8")
        assert old in text
        page.write_text(text.replace(old, new, 1), encoding="utf-8")

    return damage


def _drop_cases(page: Path, snippets: Path) -> None:
    cases = snippets / "cases.py"
    cases.write_text(
        cases.read_text(encoding="utf-8") + "\nCASES = dict(list(CASES.items())[:7])\n",
        encoding="utf-8",
    )


def _example_in_cases(page: Path, snippets: Path) -> None:
    cases = snippets / "cases.py"
    cases.write_text(
        cases.read_text(encoding="utf-8")
        + '\nCASES["copied"] = dict(w=1.0, b=2.0, x=jnp.array([3.0]))\n',
        encoding="utf-8",
    )


def _starter_solves(page: Path, snippets: Path) -> None:
    shutil.copy(snippets / "solution.py", snippets / "starter.py")


DAMAGE = {
    "no cases.py": (_remove_file("cases.py"), "lacks cases.py"),
    "no starter.py": (_remove_file("starter.py"), "lacks starter.py"),
    "no solution.py": (_remove_file("solution.py"), "lacks solution.py"),
    "no examples.py": (_remove_file("examples.py"), "lacks examples.py"),
    "no Hints section": (_edit_page("## Hints", "## Tips"), "missing section(s) Hints"),
    "no Common pitfalls": (
        _edit_page("## Common pitfalls", "## Pitfalls"),
        "missing section(s) Common pitfalls",
    ),
    "no difficulty": (_edit_page("difficulty: easy\n", ""), "front matter lacks difficulty"),
    "unknown difficulty": (_edit_page("difficulty: easy", "difficulty: tricky"), "'tricky'"),
    "no tutorial": (_edit_page("learn: taking-gradients\n", ""), "front matter lacks learn"),
    "unknown tutorial": (
        _edit_page("learn: taking-gradients", "learn: taking-limits"),
        "learn: taking-limits names no tutorial",
    ),
    "seven cases": (_drop_cases, "7 check case(s); at least 8"),
    "example among the cases": (_example_in_cases, "example 2 is also a check case"),
    "starter that works": (_starter_solves, "starter.py returns a value"),
    "no examples marker": (
        _edit_page("<!-- problem-examples -->", ""),
        "lacks the marker",
    ),
}


@pytest.mark.parametrize("kind", DAMAGE)
def test_malformed_problem_is_named(problems_hook, tmp_path, kind):
    damage, expected = DAMAGE[kind]
    docs, snippets = _copy_problems(tmp_path)
    damage(docs / "problems" / f"{SLUG}.md", snippets / "problems" / SLUG)
    with pytest.raises(problems_hook.ProblemError) as error:
        problems_hook.load_problems(docs, snippets)
    message = str(error.value)
    assert f"problem '{SLUG}' (docs/problems/{SLUG}.md)" in message
    assert expected in message


def test_an_edit_is_seen_by_the_next_load(problems_hook, tmp_path, monkeypatch):
    # Checks are remembered in the build cache by content; an edited file must not be missed.
    monkeypatch.delenv(build_cache.FRESH_VARIABLE, raising=False)
    monkeypatch.setattr(build_cache, "CACHE_DIR", tmp_path / "cache")
    page = tmp_path / "docs" / "problems" / f"{SLUG}.md"
    snippets = tmp_path / "snippets" / "problems" / SLUG
    shutil.copytree(ROOT / "docs" / "learn", tmp_path / "docs" / "learn")
    shutil.copytree(ROOT / "snippets" / "problems" / SLUG, snippets)
    page.parent.mkdir(parents=True)
    shutil.copy(ROOT / "docs" / "problems" / f"{SLUG}.md", page)
    problems_hook.load_problem(page, snippets)
    build_cache.reset_counters()
    problems_hook.load_problem(page, snippets)
    assert (build_cache.hits["problem"], build_cache.misses["problem"]) == (1, 0)
    cases = snippets / "cases.py"
    cases.write_text(cases.read_text(encoding="utf-8").replace(
        '"zeros": dict(w=0.0,', '"zeros": dict(w=0.5,'), encoding="utf-8")
    assert float(problems_hook.load_problem(page, snippets).cases["zeros"]["w"]) == 0.5
    assert build_cache.misses["problem"] == 1
    page.write_text(page.read_text(encoding="utf-8").replace(
        "title: Gradient with jax.grad", "title: Renamed"), encoding="utf-8")
    assert problems_hook.load_problem(page, snippets).title == "Renamed"


def _minimal_project(tmp_path: Path) -> Path:
    """The course's hooks and configuration with one problem and its tutorial: enough for the
    build to load problems, and quick to build."""
    project = tmp_path / "project"
    shutil.copytree(ROOT / "hooks", project / "hooks")
    problem = ROOT / "docs" / "problems" / f"{SLUG}.md"
    (project / "docs" / "problems").mkdir(parents=True)
    shutil.copy(problem, project / "docs" / "problems" / problem.name)
    shutil.copytree(ROOT / "docs" / "learn", project / "docs" / "learn")
    shutil.copytree(ROOT / "snippets" / "problems" / SLUG, project / "snippets" / "problems" / SLUG)
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8").split("# --- Navigation")[0]
    (project / "mkdocs.yml").write_text(config, encoding="utf-8")
    return project


def test_build_fails_naming_the_malformed_problem(tmp_path):
    project = _minimal_project(tmp_path)
    (project / "snippets" / "problems" / SLUG / "cases.py").unlink()
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode != 0
    assert f"docs/problems/{SLUG}.md" in result.stderr
    assert "lacks cases.py" in result.stderr


def test_build_fails_naming_the_page_of_a_failing_snippet(tmp_path):
    # A project holding one page whose executed block raises, built with the course's config.
    project = tmp_path / "project"
    shutil.copytree(ROOT / "hooks", project / "hooks")
    (project / "snippets").mkdir()
    (project / "docs").mkdir()
    (project / "docs" / "broken.md").write_text(
        '# Broken\n\n```python exec="on" result="text"\nraise ValueError("no luck")\n```\n',
        encoding="utf-8",
    )
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    config = config.split("# --- Navigation")[0]
    config = config.replace('include: ["learn/*.ipynb"]', "include: []")
    (project / "mkdocs.yml").write_text(config, encoding="utf-8")
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode != 0
    assert "docs/broken.md: Execution of python code block" in result.stderr
    assert "ValueError: no luck" in result.stderr
