"""Notebooks under docs/ are sources: their outputs are computed by the build, never stored."""

from __future__ import annotations

import json

import pytest
from course_helpers import ROOT

NOTEBOOKS = sorted((ROOT / "docs").rglob("*.ipynb"))


def test_there_are_notebooks():
    assert NOTEBOOKS


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_stores_no_outputs(path):
    notebook = json.loads(path.read_text(encoding="utf-8"))
    for number, cell in enumerate(notebook["cells"], start=1):
        if cell["cell_type"] == "code":
            assert not cell.get("outputs"), f"{path.name} cell {number} has stored outputs"
            assert cell.get("execution_count") is None, f"{path.name} cell {number} was run"
