"""Shared fixtures: the hooks as modules, and one site build per test run."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest
from course_helpers import ROOT, load_hook, mkdocs_build


@pytest.fixture(scope="session")
def problems_hook() -> ModuleType:
    return load_hook("problems")


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The whole site, built once per test run into a temporary folder."""
    site = tmp_path_factory.mktemp("site")
    result = mkdocs_build(ROOT, site)
    assert result.returncode == 0, f"site build failed:\n{result.stdout}\n{result.stderr}"
    return site
