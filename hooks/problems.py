"""Checks every problem (page and snippets), then renders its examples and the problems table."""

from __future__ import annotations

import ast
import contextlib
import hashlib
import html
import inspect
import io
import json
import re
import runpy
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import build_cache
import jax
import jax.numpy
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

# The layout every problem page follows, in this order.
SECTIONS = ("Why this matters", "Worked example", "Common pitfalls", "Problem", "Examples", "Hints")
# What a problem's snippet folder must hold.
SNIPPET_FILES = ("starter.py", "solution.py", "cases.py", "examples.py")
DIFFICULTIES = ("easy", "medium", "hard")
# Front-matter keys every problem page sets; `learn` names the tutorial (docs/learn/<learn>.md
# or .ipynb) that teaches what the problem practises.
REQUIRED_META = ("title", "difficulty", "category", "function", "learn")
MIN_CASES = 8
NUM_EXAMPLES = 2
# Markers the hook replaces with generated Markdown.
EXAMPLES_MARKER = "<!-- problem-examples -->"
TABLE_MARKER = "<!-- problems-table -->"

# Build-cache kind of a problem's checks and rendered examples, and the sources that decide them.
KIND = "problem"
_SOURCES = (Path(__file__), Path(build_cache.__file__))

_problems: dict[str, Problem] = {}

# -----------------------------------------------------------------------------
# Events
# -----------------------------------------------------------------------------


def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    # Runs before any page is rendered, so a malformed problem stops the build at once
    # and names every file at fault.
    _problems.clear()
    _problems.update(load_problems(Path(config.docs_dir), _snippets_dir(config)))
    return files


def on_page_markdown(markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    problem = _problems.get(_slug_of(page.file.src_uri))
    if problem is not None:
        # The tags plugin reads these after this hook (its event priority is lower).
        page.meta["tags"] = [problem.difficulty, problem.category]
        markdown = _add_tutorial_link(markdown, problem, files)
        return markdown.replace(EXAMPLES_MARKER, problem.examples_markdown)
    if TABLE_MARKER in markdown:
        order = suggested_order(config.nav or [], _problems)
        links = {p.slug: _relative_url(f"problems/{p.slug}.md", page, files) for p in order}
        return markdown.replace(TABLE_MARKER, render_catalogue(order, links))
    return markdown


def on_page_content(html_text: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    # Tutorials list the problems that practise them. Content, not Markdown: notebook pages
    # skip the Markdown stage.
    src = page.file.src_uri
    if not src.startswith("learn/"):
        return html_text
    tutorial = src[len("learn/") :].rsplit(".", 1)[0]
    practised = [p for p in suggested_order(config.nav or [], _problems)
                 if p.learn == tutorial]
    if not practised:
        return html_text
    items = "".join(
        f'<li><a href="{html.escape(_relative_url(f"problems/{p.slug}.md", page, files))}">'
        f"{html.escape(p.title)}</a> · {p.difficulty} · {p.category}</li>\n"
        for p in practised
    )
    return (f'{html_text}\n<h2 id="practise">Practise</h2>\n<p>Problems that use what this '
            f'page teaches, in the suggested order:</p>\n<ul class="practise-list">\n'
            f"{items}</ul>\n")


def next_problem(slug: str, page: Page, config: MkDocsConfig, files: Files) -> tuple[str, str]:
    """(link from `page`, title) of the problem after `slug` in the suggested order; after the
    last one, the problems index."""
    order = [p.slug for p in suggested_order(config.nav or [], _problems)]
    at = order.index(slug)
    if at + 1 < len(order):
        after = _problems[order[at + 1]]
        return _relative_url(f"problems/{after.slug}.md", page, files), after.title
    return _relative_url("problems/index.md", page, files), ""


def loaded_problems() -> dict[str, Problem]:
    """The problems this build loaded (in on_files), by slug, for other hooks to use."""
    return dict(_problems)


# -----------------------------------------------------------------------------
# The problem format
# -----------------------------------------------------------------------------


@dataclass
class Example:
    call: str
    explanation: str
    kwargs: dict[str, Any]


@dataclass
class Problem:
    slug: str
    title: str
    difficulty: str
    category: str
    function: str
    learn: str
    page: Path
    snippets: Path
    # The whole front matter, for settings other hooks read (e.g. the exercise's time limit).
    meta: dict[str, str] = field(default_factory=dict)
    # A digest of the page and every snippet: equal digests (in one environment), equal
    # problems, which is what the build cache keys on.
    digest: str = ""
    # The Examples section as Markdown: the calls, what the reference solution returns, why.
    examples_markdown: str = ""
    _cases: dict[str, dict[str, Any]] | None = field(default=None, repr=False)
    _examples: list[Example] | None = field(default=None, repr=False)

    @property
    def where(self) -> str:
        return f"problem '{self.slug}' (docs/problems/{self.page.name})"

    @property
    def cases(self) -> dict[str, dict[str, Any]]:
        """The check cases, by name: loaded (with real JAX) on first use only, since a warm
        build that takes every exercise from the cache never needs them."""
        if self._cases is None:
            self._cases = _load_cases(self, self.where)
        return self._cases

    @property
    def examples(self) -> list[Example]:
        """The two illustrative examples, loaded on first use like the cases."""
        if self._examples is None:
            self._examples = _load_examples(self, self.where)
        return self._examples

    def load(self, name: str) -> Any:
        """The function `self.function` as defined by `starter.py` or `solution.py`."""
        return run_snippet(self.snippets / name)[self.function]


class ProblemError(PluginError):
    """A problem's page or snippets do not follow the problem format."""


def load_problems(docs_dir: Path, snippets_dir: Path) -> dict[str, Problem]:
    """Every problem under docs/problems/, checked; raises ProblemError listing all faults."""
    problems, faults = {}, []
    for page in sorted((docs_dir / "problems").glob("*.md")):
        if page.name == "index.md":
            continue
        try:
            problem = load_problem(page, snippets_dir / "problems" / page.stem)
        except ProblemError as error:
            faults.append(str(error))
        else:
            problems[problem.slug] = problem
    if faults:
        raise ProblemError("Malformed problems:\n" + "\n".join(faults))
    return problems


def load_problem(page: Path, snippets: Path) -> Problem:
    slug = page.stem
    where = f"problem '{slug}' (docs/problems/{page.name})"
    meta, body = _split_front_matter(page.read_text(encoding="utf-8"), where)

    missing_meta = [k for k in REQUIRED_META if not meta.get(k)]
    if missing_meta:
        raise ProblemError(f"{where}: front matter lacks {', '.join(missing_meta)}")
    if meta["difficulty"] not in DIFFICULTIES:
        raise ProblemError(
            f"{where}: difficulty {meta['difficulty']!r} is not one of {', '.join(DIFFICULTIES)}"
        )
    headings = [line[3:].strip() for line in body.splitlines() if line.startswith("## ")]
    missing = [s for s in SECTIONS if s not in headings]
    if missing:
        raise ProblemError(f"{where}: missing section(s) {', '.join(missing)}")
    ordered = [h for h in headings if h in SECTIONS]
    if ordered != list(SECTIONS):
        raise ProblemError(f"{where}: sections must come in the order {', '.join(SECTIONS)}")
    if EXAMPLES_MARKER not in body:
        raise ProblemError(f"{where}: the Examples section lacks the marker {EXAMPLES_MARKER}")

    learn = page.parent.parent / "learn" / meta["learn"]
    if not any(learn.with_name(learn.name + ext).is_file() for ext in (".md", ".ipynb")):
        raise ProblemError(
            f"{where}: learn: {meta['learn']} names no tutorial (docs/learn/{meta['learn']}.md "
            "or .ipynb)"
        )

    absent = [name for name in SNIPPET_FILES if not (snippets / name).is_file()]
    if absent:
        raise ProblemError(
            f"{where}: snippets/problems/{slug}/ lacks {', '.join(absent)}"
        )

    problem = Problem(
        slug=slug,
        title=meta["title"],
        difficulty=meta["difficulty"],
        category=meta["category"],
        function=meta["function"],
        learn=meta["learn"],
        page=page,
        snippets=snippets,
        meta=meta,
        digest=_digest(page, snippets),
    )
    # Running the snippets is the slow part; a problem whose files, hook and environment
    # are unchanged passed these checks before. A problem that fails them stores nothing.
    key = build_cache.digest(*_SOURCES, problem.digest)
    problem.examples_markdown = build_cache.remember(KIND, key, lambda: _check(problem))
    return problem


def run_snippet(path: Path) -> dict[str, Any]:
    """Execute a snippet file in a fresh namespace, as `python path` would, quietly."""
    with contextlib.redirect_stdout(io.StringIO()):
        return runpy.run_path(str(path), run_name="__snippet__")


def to_plain(value: Any) -> Any:
    """Arrays and scalars as nested Python lists and numbers, for comparison and JSON."""
    if isinstance(value, dict):
        return {k: to_plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_plain(v) for v in value]
    if hasattr(value, "tolist"):
        return value.tolist()
    return value


# -----------------------------------------------------------------------------
# Rendering
# -----------------------------------------------------------------------------


def render_examples(problem: Problem) -> str:
    """Each illustrative example: the call, what the reference solution returns, and why."""
    solution = problem.load("solution.py")
    blocks = []
    for number, example in enumerate(problem.examples, start=1):
        result = solution(**example.kwargs)
        blocks.append(
            f"**Example {number}**\n\n"
            f"```pycon\n>>> print({example.call})\n{result}\n```\n\n"
            f"{example.explanation}\n"
        )
    return "\n".join(blocks)


def suggested_order(nav: list[Any], problems: dict[str, Problem]) -> list[Problem]:
    """Problems in the order the navigation lists them (the suggested order), then the rest."""
    listed = [_slug_of(path) for path in _nav_paths(nav)]
    ordered = [problems[slug] for slug in listed if slug in problems]
    rank = {name: i for i, name in enumerate(DIFFICULTIES)}
    rest = sorted((p for p in problems.values() if p not in ordered),
                  key=lambda p: (rank[p.difficulty], p.title))
    return ordered + rest


def render_catalogue(problems: list[Problem], links: dict[str, str]) -> str:
    """The problems table, with filters and progress that the exercise script brings to life."""
    esc = html.escape
    categories = sorted({p.category for p in problems})
    difficulties = [d for d in DIFFICULTIES if any(p.difficulty == d for p in problems)]

    def options(values: list[str]) -> str:
        return "".join(f'<option value="{esc(v)}">{esc(v)}</option>' for v in values)

    def uses(p: Problem) -> str:
        names = jax_names_used(p)
        if not names:
            return ""
        codes = ", ".join(f"<code>{esc(name)}</code>" for name in names)
        return f'<br><span class="catalogue-uses">uses {codes}</span>'

    rows = "".join(
        f'<tr data-problem="{esc(p.slug)}" data-difficulty="{esc(p.difficulty)}" '
        f'data-category="{esc(p.category)}" data-uses="{esc(" ".join(jax_names_used(p)))}">'
        f"<td>{number}</td>"
        f'<td><a href="{esc(links[p.slug])}">{esc(p.title)}</a>{uses(p)}</td>'
        f"<td>{esc(p.difficulty)}</td><td>{esc(p.category)}</td>"
        f'<td class="catalogue-progress" data-progress="{esc(p.slug)}"></td></tr>\n'
        for number, p in enumerate(problems, start=1)
    )
    # The filters need the script, so they start hidden and the script shows them.
    return (
        f'<div class="catalogue" data-catalogue>\n'
        f'<form class="catalogue-filters" role="search" aria-label="Filter problems" hidden>'
        f'<label>Search <input type="search" name="q" '
        f'placeholder="Name or function"></label>'
        f'<label>Category <select name="category"><option value="">all</option>'
        f"{options(categories)}</select></label>"
        f'<label>Difficulty <select name="difficulty"><option value="">all</option>'
        f"{options(difficulties)}</select></label></form>\n"
        f'<p class="catalogue-summary" aria-live="polite"></p>\n'
        f"<table>\n<thead><tr><th>#</th><th>Problem</th><th>Difficulty</th><th>Category</th>"
        f"<th>Progress</th></tr></thead>\n<tbody>\n{rows}</tbody>\n</table>\n</div>"
    )


# What the catalogue's search finds a problem by, besides its title: the JAX functions its
# reference solution and worked example call. jax.numpy is left out, as every problem uses it.
_PRACTISE_FILES = ("solution.py", "worked_example.py")


def jax_names_used(problem: Problem) -> list[str]:
    """The dotted names under `jax` (`jax.vmap`, `jax.tree.map`) that the problem's solution
    and worked example use, however they were imported; sorted, jax.numpy left out."""
    found: set[str] = set()
    for name in _PRACTISE_FILES:
        path = problem.snippets / name
        if path.is_file():
            found |= _jax_names(ast.parse(path.read_text(encoding="utf-8"), str(path)))
    return sorted(n for n in found if n != "jax.numpy" and not n.startswith("jax.numpy."))


def _jax_names(tree: ast.Module) -> set[str]:
    # Local name -> the dotted module or function it is bound to, from the imports.
    bound: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.asname:
                    bound[alias.asname] = alias.name
                else:
                    root = alias.name.split(".")[0]
                    bound[root] = root
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                bound[alias.asname or alias.name] = f"{node.module}.{alias.name}"

    def dotted(node: ast.expr) -> str | None:
        if isinstance(node, ast.Name):
            return bound.get(node.id)
        if isinstance(node, ast.Attribute):
            base = dotted(node.value)
            return None if base is None else f"{base}.{node.attr}"
        return None

    # Every name reached, called or passed on (`jax.tree.map(f, ...)`, a decorator); the
    # modules on the way (`jax.tree` of `jax.tree.map`) are dropped below.
    names = {name for node in ast.walk(tree)
             if isinstance(node, (ast.Name, ast.Attribute))
             and (name := dotted(node)) and name.startswith("jax.")}
    # Types in annotations (`jax.Array`) are not something a problem practises.
    return {n for n in names if not any(m.startswith(n + ".") for m in names)
            and not n.rsplit(".", 1)[1][:1].isupper()}


# -----------------------------------------------------------------------------
# Helpers
# -----------------------------------------------------------------------------


def _snippets_dir(config: MkDocsConfig) -> Path:
    return Path(config.config_file_path).parent / "snippets"


def _nav_paths(nav: Any) -> list[str]:
    # config.nav is nested lists of "path" or {"Title": path-or-list}.
    if isinstance(nav, str):
        return [nav]
    if isinstance(nav, dict):
        return [p for value in nav.values() for p in _nav_paths(value)]
    if isinstance(nav, list):
        return [p for item in nav for p in _nav_paths(item)]
    return []


def _relative_url(src_uri: str, page: Page, files: Files) -> str:
    target = files.get_file_from_path(src_uri)
    if target is None:
        raise PluginError(f"{page.file.src_uri}: cannot link to {src_uri}: no such page")
    return get_relative_url(target.url, page.url)


def _tutorial_title(path: Path) -> str:
    if path.suffix == ".ipynb":
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        lines = [line for cell in cells if cell["cell_type"] == "markdown"
                 for line in "".join(cell["source"]).splitlines()]
    else:
        lines = path.read_text(encoding="utf-8").splitlines()
    for line in lines:
        if line.startswith("# "):
            return line[2:].strip()
    return path.stem


def _add_tutorial_link(markdown: str, problem: Problem, files: Files) -> str:
    learn = problem.page.parent.parent / "learn"
    path = next(p for p in (learn / f"{problem.learn}.md", learn / f"{problem.learn}.ipynb")
                if p.is_file())
    note = (f"Practises what the tutorial [{_tutorial_title(path)}](../learn/{path.name}) "
            "teaches.\n{ .problem-learn }\n")
    # Right under the page title, before "Why this matters".
    head, sep, rest = markdown.partition("\n## ")
    return f"{head.rstrip()}\n\n{note}\n{sep.lstrip()}{rest}" if sep else markdown


def _digest(page: Path, snippets: Path) -> str:
    digest = hashlib.sha256(page.read_bytes())
    for path in sorted(snippets.glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def _slug_of(src_uri: str) -> str:
    if src_uri.startswith("problems/") and src_uri.endswith(".md"):
        return src_uri[len("problems/") : -len(".md")]
    return ""


def _split_front_matter(text: str, where: str) -> tuple[dict[str, str], str]:
    # Problem metadata is flat `key: value` pairs; anything richer is an authoring error.
    if not text.startswith("---\n"):
        raise ProblemError(f"{where}: the page must start with front matter (---)")
    head, sep, body = text[4:].partition("\n---\n")
    if not sep:
        raise ProblemError(f"{where}: front matter is not closed with ---")
    meta = {}
    for line in head.splitlines():
        if line.strip():
            key, colon, value = line.partition(":")
            if not colon:
                raise ProblemError(f"{where}: front matter line {line!r} is not `key: value`")
            # YAML's comments: `key: value  # why` keeps `value`.
            value = re.split(r"\s+#", value, maxsplit=1)[0]
            meta[key.strip()] = value.strip().strip("\"'")
    return meta, body


def _check(problem: Problem) -> str:
    """Run every check that needs the problem's code; the rendered examples, if all pass."""
    _check_functions(problem, problem.where)
    problem.cases  # noqa: B018 - loading the cases checks them
    problem.examples  # noqa: B018 - and so does loading the examples
    _check_starter_fails(problem, problem.where)
    return render_examples(problem)


def _check_functions(problem: Problem, where: str) -> None:
    for name in ("starter.py", "solution.py"):
        namespace = run_snippet(problem.snippets / name)
        if not callable(namespace.get(problem.function)):
            raise ProblemError(f"{where}: {name} does not define {problem.function}()")


def _load_cases(problem: Problem, where: str) -> dict[str, dict[str, Any]]:
    cases = run_snippet(problem.snippets / "cases.py").get("CASES")
    if not isinstance(cases, dict) or not all(isinstance(c, dict) for c in cases.values()):
        raise ProblemError(f"{where}: cases.py must define CASES, a dict of name -> kwargs dict")
    if len(cases) < MIN_CASES:
        raise ProblemError(
            f"{where}: cases.py has {len(cases)} check case(s); at least {MIN_CASES} are needed"
        )
    signature = inspect.signature(problem.load("solution.py"))
    for name, kwargs in cases.items():
        try:
            signature.bind(**kwargs)
        except TypeError as error:
            raise ProblemError(
                f"{where}: check case {name!r} does not fit the signature: {error}"
            ) from error
    return cases


def _load_examples(problem: Problem, where: str) -> list[Example]:
    raw = run_snippet(problem.snippets / "examples.py").get("EXAMPLES")
    if not isinstance(raw, list) or len(raw) != NUM_EXAMPLES:
        raise ProblemError(f"{where}: examples.py must define EXAMPLES, a list of {NUM_EXAMPLES}")
    signature = inspect.signature(problem.load("solution.py"))
    examples = []
    for entry in raw:
        call, explanation = entry.get("call"), entry.get("explanation")
        if not call or not explanation:
            raise ProblemError(f"{where}: each example needs a `call` and an `explanation`")
        # Evaluate the call against a recorder to learn its arguments by name. Calls see
        # `jax` and `jnp`, as a learner's code would.
        namespace = {"jax": jax, "jnp": jax.numpy}
        namespace[problem.function] = lambda *a, **k: signature.bind(*a, **k).arguments
        kwargs = dict(eval(call, namespace))  # noqa: S307 - the course's own snippet
        examples.append(Example(call=call, explanation=explanation, kwargs=kwargs))
    plain_cases = [to_plain(kwargs) for kwargs in problem.cases.values()]
    for number, example in enumerate(examples, start=1):
        if to_plain(example.kwargs) in plain_cases:
            raise ProblemError(f"{where}: example {number} is also a check case; keep them apart")
    return examples


def _check_starter_fails(problem: Problem, where: str) -> None:
    starter = problem.load("starter.py")
    first_case = next(iter(problem.cases.values()))
    try:
        starter(**first_case)
    except NotImplementedError:
        return
    except Exception as error:  # noqa: BLE001 - any other failure is an authoring error
        raise ProblemError(
            f"{where}: starter.py should raise NotImplementedError, got {type(error).__name__}"
        ) from error
    raise ProblemError(f"{where}: starter.py returns a value; its body should raise "
                       "NotImplementedError")
