"""pytest setup for jaxlite's tests: import paths, real JAX's names, the corpus, fixtures."""

import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parent.parent

# pytest puts this folder (not the repo root) on sys.path, and there is deliberately no
# __init__.py here: a package named `jaxlite` under tests/ would shadow the real one.
for _p in (str(REPO_ROOT), str(HERE)):
    if _p not in sys.path:
        sys.path.insert(0, _p)

from jaxlite_difftools import program_paths, run_under_real_jax  # noqa: E402

# The corpus files are programs, not test modules.
collect_ignore = ["programs"]


def pytest_configure(config):
    # jaxlite tells a typo (AttributeError) from a name missing only in the browser by real
    # JAX's names, which the site build packs with it; here they go into the source tree
    # (git-ignored). Written before any test imports jaxlite, in a fresh process, as dir(jax)
    # depends on what was imported before.
    subprocess.run([sys.executable, str(REPO_ROOT / "tools" / "jax_names.py")], check=True)


@pytest.fixture(scope="session")
def real_jax_outputs():
    """Outputs of every corpus program under real JAX, computed once per session."""
    return run_under_real_jax(program_paths())
