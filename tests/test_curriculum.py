"""The course as a whole: every problem reachable, tutorials and problems linked both ways,
the catalogue in the suggested order, and each problem's notebook running in a real kernel."""

from __future__ import annotations

import html as html_module
import json
import re
from pathlib import Path

import nbformat
import pytest
import yaml
from course_helpers import ROOT
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

pytestmark = pytest.mark.build

# The index of the starter's cell in a problem notebook; the learner writes there.
STARTER_CELL = 2
CHECKED = "Both examples match the reference answers."


@pytest.fixture(scope="module")
def problems(problems_hook):
    return problems_hook.load_problems(ROOT / "docs", ROOT / "snippets")


def _nav() -> list:
    return yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))["nav"]


def _paths(entry) -> list[str]:
    # A nav entry is a path, {title: path}, {title: [entries]} or a list of entries.
    if isinstance(entry, str):
        return [entry]
    values = entry.values() if isinstance(entry, dict) else entry
    return [path for value in values for path in _paths(value)]


def _nav_section(title: str) -> list[str]:
    """The paths under a top-level nav section, in nav order, subsections flattened."""
    return _paths(next(item[title] for item in _nav() if isinstance(item, dict) and title in item))


def _html(site: Path, page: str) -> str:
    return (site / page / "index.html").read_text(encoding="utf-8")


def _links(html: str) -> set[str]:
    return set(re.findall(r'href="([^"#]+)', html))


def test_every_problem_and_tutorial_is_in_the_nav(problems):
    listed = _nav_section("Problems")
    assert listed[0] == "problems/index.md"
    assert sorted(listed[1:]) == sorted(f"problems/{slug}.md" for slug in problems)
    tutorials = {p.stem for p in (ROOT / "docs" / "learn").iterdir()
                 if p.suffix in (".md", ".ipynb")}
    assert sorted(Path(path).stem for path in _nav_section("Learn")) == sorted(tutorials)


def test_catalogue_lists_every_problem_in_the_suggested_order(built_site, problems):
    html = _html(built_site, "problems")
    rows = re.findall(r'<tr data-problem="([^"]+)" data-difficulty="([^"]+)" '
                      r'data-category="([^"]+)" data-uses="([^"]*)"><td>(\d+)</td>'
                      r'<td><a href="([^"]+)"', html)
    suggested = [Path(path).stem for path in _nav_section("Problems")[1:]]
    assert [row[0] for row in rows] == suggested
    for slug, difficulty, category, uses, number, href in rows:
        assert (difficulty, category) == (problems[slug].difficulty, problems[slug].category)
        assert href == f"{slug}/" and int(number) == suggested.index(slug) + 1
        # What the search matches besides the title: at least every `jax.name(` the
        # reference solution spells out (the hook also follows imports and passed functions).
        assert set(uses.split()) >= _jax_calls_spelled_out(problems[slug]), slug
    for problem in problems.values():
        for option in (problem.category, problem.difficulty):
            assert f'<option value="{option}">' in html, option


def _jax_calls_spelled_out(problem) -> set[str]:
    source = (problem.snippets / "solution.py").read_text(encoding="utf-8")
    return {f"jax.{name}" for name in re.findall(r"\bjax\.([\w.]+)\(", source)
            if not name.startswith("numpy.")}


def test_each_exercise_offers_the_next_problem_once_solved(built_site, problems):
    suggested = [Path(path).stem for path in _nav_section("Problems")[1:]]
    for at, slug in enumerate(suggested):
        page = _html(built_site, f"problems/{slug}")
        href = re.search(r'data-exercise-next-href="([^"]*)"', page).group(1)
        title = html_module.unescape(
            re.search(r'data-exercise-next-title="([^"]*)"', page).group(1))
        if at + 1 < len(suggested):
            after = suggested[at + 1]
            assert (href, title) == (f"../{after}/", problems[after].title), slug
        else:
            assert (href, title) == ("../", ""), slug


# A check case's call, as the results list shows it: inputs of more than a few elements appear
# as their dtype and shape at any depth, so no call fills the panel with numbers.
LONGEST_CALL = 600


def test_case_calls_stay_short_enough_to_read(built_site, problems):
    for slug in problems:
        page = _html(built_site, f"problems/{slug}")
        spec = json.loads(html_module.unescape(
            re.search(r'data-exercise-spec="([^"]*)"', page).group(1)))
        for case in spec["cases"]:
            assert len(case["call"]) <= LONGEST_CALL, (slug, case["name"], case["call"][:200])


def test_each_problem_links_to_its_tutorial_and_back(built_site, problems):
    for slug, problem in problems.items():
        page = _html(built_site, f"problems/{slug}")
        assert f"../../learn/{problem.learn}/" in _links(page), slug
        tutorial = _html(built_site, f"learn/{problem.learn}")
        practise = tutorial[tutorial.index('id="practise"'):]
        assert f"../../problems/{slug}/" in _links(practise), (slug, problem.learn)


def test_every_tutorial_has_problems_to_practise(built_site, problems):
    for path in _nav_section("Learn"):
        stem = Path(path).stem
        assert any(p.learn == stem for p in problems.values()), f"no problem practises {stem}"
        assert 'id="practise"' in _html(built_site, f"learn/{stem}")


# -----------------------------------------------------------------------------
# The downloadable notebooks
# -----------------------------------------------------------------------------


def _run(client: NotebookClient, notebook: nbformat.NotebookNode) -> str:
    """Run every code cell of `notebook` in the client's kernel, after clearing it."""
    client.nb = notebook
    client.execute_cell(nbformat.v4.new_code_cell("%reset -f"), 0)
    for index, cell in enumerate(notebook.cells):
        if cell.cell_type == "code":
            client.execute_cell(cell, index)
    return "".join(o.get("text", "") for o in notebook.cells[-1].outputs)


def test_notebooks_check_the_solution_and_refuse_the_starter(built_site, problems):
    # One real kernel for all notebooks, cleared between them: starting one per notebook
    # would cost seconds each for the same check.
    notebooks = {slug: built_site / "problems" / slug / f"{slug}.ipynb" for slug in problems}
    first = nbformat.read(next(iter(notebooks.values())), as_version=4)
    client = NotebookClient(first, timeout=120, kernel_name="python3")
    with client.setup_kernel():
        for slug, path in notebooks.items():
            assert f'href="{path.name}" download' in _html(built_site, f"problems/{slug}")
            notebook = nbformat.read(path, as_version=4)
            nbformat.validate(notebook)
            starter = (ROOT / "snippets" / "problems" / slug / "starter.py").read_text(
                encoding="utf-8")
            assert notebook.cells[STARTER_CELL].source == starter.rstrip(), slug
            with pytest.raises(CellExecutionError, match="NotImplementedError"):
                _run(client, notebook)
            notebook.cells[STARTER_CELL].source = (
                ROOT / "snippets" / "problems" / slug / "solution.py").read_text(encoding="utf-8")
            assert _run(client, notebook).strip() == CHECKED, slug
