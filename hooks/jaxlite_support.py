"""Lists, from jaxlite itself, which public names of each JAX module it binds the browser has."""

from __future__ import annotations

import inspect
import json
import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import build_cache
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

# The page that holds the prose, and the marker this hook replaces with the tables.
PAGE = "reference/jaxlite.md"
MARKER = "<!-- jaxlite-support -->"
# How jaxlite answers for a name of real JAX: it provides it, or one of the ways it does not.
PROVIDED = "provided"
MISSING_KINDS = {
    "NotImplementedError": "raises `NotImplementedError` when used",
    "AttributeError": "raises `AttributeError` (jaxlite does not know the name)",
    "stub": "exists, but calling it raises `NotImplementedError`",
    "unbound": "the whole module is missing from the browser",
}

# Build-cache kind of the rendered tables, and the sources that decide them.
KIND = "jaxlite-support"
_SOURCES = (Path(__file__), Path(build_cache.__file__))

# -----------------------------------------------------------------------------
# Events
# -----------------------------------------------------------------------------


def on_page_markdown(markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    if MARKER not in markdown:
        if page.file.src_uri == PAGE:
            raise PluginError(f"{PAGE} lacks the marker {MARKER} that the support tables replace")
        return markdown
    # Remembered by jaxlite's source (and the environment, which names real JAX's version):
    # an edit to jaxlite recomputes the tables.
    root = _root(config)
    key = build_cache.digest(*_SOURCES, build_cache.tree_digest(root / "jaxlite"))
    tables = build_cache.remember(KIND, key, lambda: render_support(collect_support(root)))
    return markdown.replace(MARKER, tables)


# -----------------------------------------------------------------------------
# What jaxlite provides
# -----------------------------------------------------------------------------


@dataclass
class ModuleSupport:
    """One JAX module: what real JAX has, split into what jaxlite provides and what it lacks."""

    name: str
    provided: list[str] = field(default_factory=list)
    # Name -> (kind, message): kind is a key of MISSING_KINDS; message is jaxlite's error text.
    missing: dict[str, tuple[str, str]] = field(default_factory=dict)


def collect_support(root: Path) -> list[ModuleSupport]:
    """For every module jaxlite binds (jax first), real JAX's public names, split by support."""
    modules = _in_jaxlite(root, None)
    real = _in_real_jax(modules)
    answers = _in_jaxlite(root, real)
    support = []
    for module in modules:
        entry = ModuleSupport(module)
        for name in real[module]:
            kind, message = answers[module][name]
            if kind == PROVIDED:
                entry.provided.append(name)
            elif kind in MISSING_KINDS:
                entry.missing[name] = (kind, message)
            else:
                raise PluginError(f"Unknown answer {kind!r} from jaxlite for {module}.{name}")
        support.append(entry)
    return support


def render_support(support: list[ModuleSupport]) -> str:
    """A summary table, then per module the names jaxlite provides and the ones it lacks."""
    lines = ["| Module | Provided by jaxlite | Not in jaxlite |", "| --- | --: | --: |"]
    lines += [f"| [`{m.name}`](#{_anchor(m.name)}) | {len(m.provided)} | {len(m.missing)} |"
              for m in support]
    example = _example_error(support)
    if example:
        lines += ["", "Using a name that jaxlite lacks fails with a message such as:", "",
                  "```text", example, "```"]
    for module in support:
        lines += ["", f"### `{module.name}` {{ #{_anchor(module.name)} }}", ""]
        total = len(module.provided) + len(module.missing)
        lines.append(f"Real JAX has {total} public names here; jaxlite provides "
                     f"{len(module.provided)} of them.")
        lines += ["", f"**Provided ({len(module.provided)}):** {_names(module.provided)}"]
        if module.missing:
            lines += ["", f"**Not in jaxlite ({len(module.missing)}):** "
                      f"{_names(sorted(module.missing))}"]
            for kind, meaning in MISSING_KINDS.items():
                odd = sorted(n for n, (k, _) in module.missing.items() if k == kind)
                if odd and kind != "NotImplementedError":
                    lines += ["", f"Of these, {_names(odd)}: {meaning}."]
    return "\n".join(lines) + "\n"


# -----------------------------------------------------------------------------
# Helpers
# -----------------------------------------------------------------------------


def _root(config: MkDocsConfig) -> Path:
    return Path(config.config_file_path).parent


def _anchor(module: str) -> str:
    return "module-" + module.replace(".", "-")


def _names(names: list[str]) -> str:
    return ", ".join(f"`{name}`" for name in names) if names else "none"


def _example_error(support: list[ModuleSupport]) -> str:
    for module in support:
        for name in sorted(module.missing):
            kind, message = module.missing[name]
            if kind == "NotImplementedError":
                return f"NotImplementedError: {message}"
    return ""


def _in_real_jax(modules: list[str]) -> dict[str, list[str]]:
    # A fresh process: what `dir(jax)` shows depends on which submodules were imported
    # before, and pages executed earlier in this build import some.
    return _run([sys.executable, "-c", _driver(_public_names), *modules], None)


def _in_jaxlite(root: Path, names: dict[str, list[str]] | None) -> Any:
    # A bare Python, as in the browser: `-S` keeps site-packages out of reach, and
    # jaxlite.install() binds `jax` here without touching the real JAX of the build.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    return _run([sys.executable, "-S", "-c", _driver(_ask_jaxlite), str(root)], names, env)


def _driver(function: Any) -> str:
    # The child runs `function` (self-contained, standard library only) on its JSON input.
    return (f"from __future__ import annotations\nimport json, sys\n"
            f"{inspect.getsource(function)}\n"
            f"sys.stdout.write(json.dumps({function.__name__}(json.load(sys.stdin))))\n")


def _run(command: list[str], request: Any, env: dict[str, str] | None = None) -> Any:
    result = subprocess.run(command, input=json.dumps(request), capture_output=True, text=True,
                            env=env)
    if result.returncode != 0:
        raise PluginError(f"listing JAX and jaxlite names failed:\n{result.stderr}")
    return json.loads(result.stdout)


def _public_names(_request: None) -> dict[str, list[str]]:
    """Real JAX (in a child process): each module named in argv, its public names."""
    import importlib
    import types

    # Import all first: importing a submodule adds its name to its parent.
    modules = {name: importlib.import_module(name) for name in sys.argv[1:]}
    names = {}
    for module_name, module in modules.items():
        public = []
        for name in dir(module):
            value = getattr(module, name)
            # `from __future__ import annotations` leaves a public-looking `annotations`.
            if name.startswith("_") or type(value).__module__ == "__future__":
                continue
            # A module counts only when it is JAX's own submodule, not an import it made.
            if isinstance(value, types.ModuleType) and value.__name__ != f"{module_name}.{name}":
                continue
            public.append(name)
        names[module_name] = public
    return names


def _ask_jaxlite(request: dict[str, list[str]] | None) -> Any:
    """jaxlite (in a child process): the modules it binds, or how it answers for each name."""
    import ast
    import inspect
    import textwrap

    sys.path.insert(0, sys.argv[1])
    import jaxlite

    jaxlite.install()
    # jaxlite.install() binds these and silently skips any that fails to import.
    modules = ["jax", *(f"jax.{sub}" for sub in jaxlite._SUBMODULES)]
    if request is None:
        return modules

    def only_raises(value):
        # A function whose whole body (after any docstring) is one `raise` is a placeholder.
        if not inspect.isfunction(value):
            return False
        try:
            tree = ast.parse(textwrap.dedent(inspect.getsource(value)))
        except (OSError, SyntaxError):
            return False
        function = tree.body[0]
        if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            return False
        body = function.body
        if isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
            body = body[1:]
        return len(body) == 1 and isinstance(body[0], ast.Raise)

    answers = {}
    for module_name, names in request.items():
        bound = sys.modules.get(module_name)
        if bound is not None and not bound.__name__.startswith("jaxlite"):
            bound = None
        answers[module_name] = answer = {}
        for name in names:
            if bound is None:
                answer[name] = ("unbound", "")
                continue
            try:
                value = getattr(bound, name)
            except NotImplementedError as error:
                answer[name] = ("NotImplementedError", str(error))
            except AttributeError as error:
                answer[name] = ("AttributeError", str(error))
            else:
                answer[name] = ("stub", "") if only_raises(value) else ("provided", "")
    return answers
