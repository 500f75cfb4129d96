"""pytest setup for jaxlite's tests: import paths, the corpus, fixtures."""

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

from jaxlite_difftools import RealJaxOutputs, program_paths  # noqa: E402

# The corpus files are programs, not test modules.
collect_ignore = ["programs"]


@pytest.fixture(scope="session")
def real_jax_outputs():
    """Outputs of the corpus programs under real JAX, each computed when a test first needs it."""
    outputs = RealJaxOutputs(program_paths())
    yield outputs
    outputs.close()
