"""Loads the problem a hidden-test module names in its SLUG, through the build's own loader."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def problem(request, problems_hook):
    slug = request.module.SLUG
    return problems_hook.load_problem(
        ROOT / "docs" / "problems" / f"{slug}.md", ROOT / "snippets" / "problems" / slug
    )

