"""Gives each problem page a Jupyter notebook to download: the task, the starter, a check cell."""

from __future__ import annotations

import html
import re
from pathlib import Path
from types import ModuleType
from typing import Any

import build_cache
import jax
import nbformat
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

# The download link goes right before this heading, under the task and its starter.
_EXAMPLES_HEADING = '<h2 id="examples">'
# A fenced block that only includes a snippet (the starter): the notebook has its own cell.
_INCLUDE_FENCE = re.compile(r"```[a-z]*\n--8<-- \"[^\"]+\"\n```\n?")

# Build-cache kind of a problem's notebook, and the sources that decide it.
KIND = "problem-notebook"
_SOURCES = (Path(__file__), Path(__file__).with_name("problems.py"), Path(build_cache.__file__))

_notebooks: dict[str, Any] = {}

# -----------------------------------------------------------------------------
# Events
# -----------------------------------------------------------------------------


def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    # hooks/problems.py (listed earlier) has loaded and checked the problems by now.
    _notebooks.clear()
    exercise = _hook(config, "build_exercise")
    for slug, problem in _hook(config, "loaded_problems").loaded_problems().items():
        # The tolerances the live exercise checks with.
        rtol = exercise.setting(problem, "rtol", exercise.RTOL)
        atol = exercise.setting(problem, "atol", exercise.ATOL)
        key = build_cache.digest(*_SOURCES, problem.digest, repr((rtol, atol)))
        text = build_cache.remember(
            KIND, key, lambda p=problem, r=rtol, a=atol: nbformat.writes(build_notebook(p, r, a)))
        _notebooks[slug] = nbformat.reads(text, as_version=4)
    return files


def on_page_content(html_text: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    slug = _slug_of(page)
    if slug not in _notebooks:
        return html_text
    if _EXAMPLES_HEADING not in html_text:
        raise PluginError(f"docs/{page.file.src_uri}: no Examples heading for the download link")
    link = (
        f'<p class="problem-download"><a href="{html.escape(notebook_name(slug))}" download>'
        f"Download this problem as a Jupyter notebook</a>: the task, the starter and a cell "
        f"that checks your function on the two examples with JAX on your own machine.</p>\n"
    )
    return html_text.replace(_EXAMPLES_HEADING, link + _EXAMPLES_HEADING, 1)


def on_post_build(*, config: MkDocsConfig) -> None:
    for slug, notebook in _notebooks.items():
        # Next to the page's index.html, so the page links it by name.
        page_dir = Path(config.site_dir) / "problems" / slug
        if not config.use_directory_urls:
            page_dir = page_dir.parent
        page_dir.mkdir(parents=True, exist_ok=True)
        nbformat.write(notebook, page_dir / notebook_name(slug))


# -----------------------------------------------------------------------------
# The notebook
# -----------------------------------------------------------------------------


def notebook_name(slug: str) -> str:
    return f"{slug}.ipynb"


def build_notebook(problem: Any, rtol: float, atol: float) -> nbformat.NotebookNode:
    """The problem as a notebook; the check cell's expected values come from real JAX."""
    new_md, new_code = nbformat.v4.new_markdown_cell, nbformat.v4.new_code_cell
    solution = problem.load("solution.py")
    starter = (problem.snippets / "starter.py").read_text(encoding="utf-8").rstrip()
    cells = [
        new_md(
            f"# {problem.title}\n\n"
            f"*{problem.difficulty} · {problem.category}* — a problem from the JAX autodiff "
            f"course. Needs JAX (`pip install jax`); the expected values below were computed "
            f"with JAX {jax.__version__}.\n\n{_section(problem, 'Problem')}"
        ),
        new_md("Write your solution in the next cell, in place of the `raise`."),
        new_code(starter),
        new_md(
            "## Check your function on the examples\n\n"
            "Run this cell after the one above. It calls your function on the page's two "
            "examples and compares the results with the reference solution's, within "
            f"`rtol={rtol:g}` and `atol={atol:g}`."
        ),
        new_code(_check_cell(problem, solution, rtol, atol)),
    ]
    notebook = nbformat.v4.new_notebook(cells=cells)
    notebook.metadata["kernelspec"] = {
        "name": "python3", "display_name": "Python 3", "language": "python",
    }
    nbformat.validate(notebook)
    return notebook


def _check_cell(problem: Any, solution: Any, rtol: float, atol: float) -> str:
    # The example calls are written with `jax` and `jnp` in scope, whatever the solution imports.
    lines = [
        "import jax",
        "import jax.numpy as jnp",
        "import numpy as np",
        "",
        "",
        "def check(got, expected, where='result'):",
        "    # Same structure (dict keys, list/tuple lengths), then close values, leaf by leaf.",
        "    if isinstance(expected, dict):",
        "        assert isinstance(got, dict) and sorted(got) == sorted(expected), (",
        "            f'{where}: expected a dict with keys {sorted(expected)}, got {got!r}')",
        "        for key in expected:",
        "            check(got[key], expected[key], f'{where}[{key!r}]')",
        "    elif isinstance(expected, (list, tuple)):",
        "        assert isinstance(got, (list, tuple)) and len(got) == len(expected), (",
        "            f'{where}: expected {len(expected)} items, got {got!r}')",
        "        for i, (g, e) in enumerate(zip(got, expected)):",
        "            check(g, e, f'{where}[{i}]')",
        "    else:",
        "        got, expected = np.asarray(got), np.asarray(expected)",
        "        assert got.shape == expected.shape, (",
        "            f'{where}: expected shape {expected.shape}, got {got.shape}')",
        f"        assert np.allclose(got, expected, rtol={rtol:g}, atol={atol:g}), (",
        "            f'{where}: expected {expected}, got {got}')",
        "",
        "",
    ]
    for number, example in enumerate(problem.examples, start=1):
        expected = _literal(solution(**example.kwargs))
        lines += [f"check({example.call},", f"      {expected},", f"      'example {number}')"]
    lines.append("print('Both examples match the reference answers.')")
    return "\n".join(lines)


def _literal(value: Any) -> str:
    """Python source for `value`, keeping its structure: dicts, tuples, lists, arrays."""
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k!r}: {_literal(v)}" for k, v in value.items()) + "}"
    if isinstance(value, tuple):
        return "(" + "".join(f"{_literal(v)}, " for v in value).rstrip(" ") + ")"
    if isinstance(value, list):
        return "[" + ", ".join(_literal(v) for v in value) + "]"
    if hasattr(value, "tolist") and hasattr(value, "dtype"):
        return f"np.array({value.tolist()!r}, dtype={str(value.dtype)!r})"
    if isinstance(value, bool | int | float) or value is None:
        return repr(value)
    raise PluginError(f"cannot write a value of type {type(value).__name__} into a notebook")


def _section(problem: Any, title: str) -> str:
    """A `##` section of the problem page, as Markdown, without snippet-only fences."""
    text = problem.page.read_text(encoding="utf-8")
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", text, re.M | re.S)
    if match is None:
        raise PluginError(f"{problem.page}: no '## {title}' section for the notebook")
    return _INCLUDE_FENCE.sub("", match.group(1)).strip()


def _hook(config: MkDocsConfig, attribute: str) -> ModuleType:
    """The hook module (problems.py, exercise.py) that defines `attribute`."""
    for plugin in config.plugins.values():
        if isinstance(plugin, ModuleType) and hasattr(plugin, attribute):
            return plugin
    raise PluginError(f"hooks/notebooks.py needs the hook defining {attribute} in mkdocs.yml")


def _slug_of(page: Page) -> str:
    src = page.file.src_uri
    if src.startswith("problems/") and src.endswith(".md") and src != "problems/index.md":
        return src[len("problems/") : -len(".md")]
    return ""
