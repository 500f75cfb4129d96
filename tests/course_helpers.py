"""Paths and helpers the course's tests share: the repository root, hooks as modules, builds."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
def load_hook(name: str) -> ModuleType:
    """Import hooks/<name>.py the way MkDocs does: by path, not as a package."""
    path = ROOT / "hooks" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"course_hooks_{name}", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    # As MkDocs does, so that hooks import their shared modules (build_cache).
    if str(path.parent) not in sys.path:
        sys.path.insert(0, str(path.parent))
    spec.loader.exec_module(module)
    return module


def mkdocs_build(project: Path, site_dir: Path) -> subprocess.CompletedProcess[str]:
    """`mkdocs build --strict` of `project` into `site_dir`, output captured."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(site_dir)],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
    )


def two_page_project(tmp_path: Path, hook: str, theme: str = "", top: str = "") -> Path:
    """A two-page Material project (a home page linking to learn/first.md) with only
    hooks/<hook>.py; `theme` and `top` are extra mkdocs.yml lines, inside and before `theme:`."""
    project = tmp_path / "project"
    (project / "hooks").mkdir(parents=True)
    shutil.copy(ROOT / "hooks" / f"{hook}.py", project / "hooks")
    (project / "docs" / "learn").mkdir(parents=True)
    (project / "docs" / "index.md").write_text("# Home\n\n[Next](learn/first.md)\n")
    (project / "docs" / "learn" / "first.md").write_text("# First\n")
    (project / "mkdocs.yml").write_text(
        f"site_name: t\n{top}theme:\n  name: material\n{theme}hooks:\n  - hooks/{hook}.py\n")
    return project
