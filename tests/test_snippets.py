"""Every snippet under snippets/ runs to completion with real JAX, as a page would run it."""

from __future__ import annotations

import contextlib
import io
import runpy

import pytest
from course_helpers import ROOT

SNIPPETS = sorted((ROOT / "snippets").rglob("*.py"))


def test_there_are_snippets():
    assert len(SNIPPETS) >= 10


@pytest.mark.parametrize("path", SNIPPETS, ids=lambda p: str(p.relative_to(ROOT / "snippets")))
def test_snippet_runs(path):
    with contextlib.redirect_stdout(io.StringIO()):
        runpy.run_path(str(path), run_name="__main__")
