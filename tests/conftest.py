"""Shared setup: hooks as modules, one site build per run, JAX's compile cache, JAX's names."""

from __future__ import annotations

import os
from pathlib import Path
from types import ModuleType

import pytest
from course_helpers import ROOT, load_hook, mkdocs_build

# Real JAX compiles every new shape of every primitive it runs eagerly, and that is most of
# the tests' time. JAX's own persistent cache (keyed by the program, the compile options and
# the jax and jaxlib versions) keeps the executables in .cache/jax-compilation/, so a rerun,
# another worker or a test's subprocess loads them instead. Set before anything imports jax.
# No size limit: JAX's eviction rescans the folder on every write, which costs more than it
# saves; a full run adds some 40 MB, and deleting the folder is always safe.
os.environ.setdefault("JAX_COMPILATION_CACHE_DIR", str(ROOT / ".cache" / "jax-compilation"))
os.environ.setdefault("JAX_PERSISTENT_CACHE_MIN_COMPILE_TIME_SECS", "0")
os.environ.setdefault("JAX_PERSISTENT_CACHE_MIN_ENTRY_SIZE_BYTES", "0")


def pytest_configure(config):
    if hasattr(config, "workerinput"):
        # A pytest-xdist worker: the controller has written the file before starting it.
        return
    # jaxlite tells a typo (AttributeError) from a name missing only in the browser by real
    # JAX's names, which the site build packs with it; here they go into the source tree
    # (git-ignored), from the same build-cache entry the site build uses. In the controller
    # only: it runs first, and every conftest reaches it (tests/jaxlite's may not load there).
    text = load_hook("vendor").jax_names(ROOT)
    path = ROOT / "jaxlite" / "_jax_names.py"
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        # Whole or not at all: a jaxlite starting meanwhile must never read half a file.
        partial = path.with_name(path.name + ".partial")
        partial.write_text(text, encoding="utf-8")
        partial.replace(path)


@pytest.fixture(scope="session")
def problems_hook() -> ModuleType:
    return load_hook("problems")


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The whole site: the one `nox -s test_site` built (COURSE_BUILT_SITE), or else built
    once per test run into a temporary folder."""
    given = os.environ.get("COURSE_BUILT_SITE")
    if given:
        site = Path(given)
        assert (site / "index.html").is_file(), f"COURSE_BUILT_SITE={given} holds no built site"
        return site
    site = tmp_path_factory.mktemp("site")
    result = mkdocs_build(ROOT, site)
    assert result.returncode == 0, f"site build failed:\n{result.stdout}\n{result.stderr}"
    return site
