"""The build cache: the store's contract, and executed blocks reused exactly when unchanged."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import build_cache
import pytest
from course_helpers import ROOT, mkdocs_build

# -----------------------------------------------------------------------------
# The store
# -----------------------------------------------------------------------------


@pytest.fixture
def store(tmp_path, monkeypatch):
    monkeypatch.setattr(build_cache, "CACHE_DIR", tmp_path / "cache")
    monkeypatch.delenv(build_cache.FRESH_VARIABLE, raising=False)
    build_cache.reset_counters()
    return build_cache


def test_a_value_is_computed_once_then_read_back(store):
    calls = []
    compute = lambda: calls.append(1) or {"printed": [1.5, "x"]}  # noqa: E731
    assert store.remember("demo", "key", compute) == {"printed": [1.5, "x"]}
    assert store.remember("demo", "key", compute) == {"printed": [1.5, "x"]}
    assert calls == [1]
    assert (store.hits["demo"], store.misses["demo"]) == (1, 1)
    assert store.remember("demo", "other key", compute) and calls == [1, 1]


def test_a_failure_stores_nothing(store):
    def broken():
        raise ValueError("the block raised")

    for _ in range(2):
        with pytest.raises(ValueError, match="the block raised"):
            store.remember("demo", "key", broken)
    assert store.misses["demo"] == 2
    assert not list((store.CACHE_DIR).rglob("*.json"))


def test_fresh_recomputes_and_stores_again(store, monkeypatch):
    store.remember("demo", "key", lambda: 1)
    monkeypatch.setenv(store.FRESH_VARIABLE, "1")
    assert store.remember("demo", "key", lambda: 2) == 2
    monkeypatch.delenv(store.FRESH_VARIABLE)
    assert store.remember("demo", "key", lambda: 3) == 2


def test_the_environment_is_in_every_key(store, monkeypatch):
    store.remember("demo", "key", lambda: "built with one JAX")
    monkeypatch.setattr(store, "environment", lambda: "another JAX")
    assert store.remember("demo", "key", lambda: "built with another") == "built with another"


def test_a_damaged_entry_is_recomputed(store):
    store.remember("demo", "key", lambda: 1)
    (entry,) = store.CACHE_DIR.rglob("*.json")
    entry.write_text("{not json", encoding="utf-8")
    assert store.remember("demo", "key", lambda: 2) == 2


def test_the_environment_names_the_jax_that_prints():
    import jax

    parts = build_cache.environment_parts()
    assert f"jax=={jax.__version__}" in parts
    assert any(part.startswith("jaxlib==") for part in parts)
    assert any(part.startswith("markdown-exec==") for part in parts)
    assert build_cache.environment() == build_cache.digest(*parts)


# -----------------------------------------------------------------------------
# Executed blocks, in a minimal project built by MkDocs
# -----------------------------------------------------------------------------

_CONFIG = """\
site_name: Cache check
theme:
  name: material
  font: false
plugins:
  - markdown-exec:
      languages: [python, pycon]
hooks:
  - hooks/exec_cache.py
  - hooks/exec_errors.py
markdown_extensions:
  - pymdownx.superfences
  - pymdownx.snippets:
      base_path: [snippets]
      check_paths: true
"""

_FENCE = '```python exec="on" result="text"{options}\n{code}\n```\n'


def _page(*blocks: tuple[str, str]) -> str:
    return "# Page\n\n" + "\n".join(_FENCE.format(options=o, code=c) for o, c in blocks)


@pytest.fixture
def project(tmp_path, monkeypatch):
    monkeypatch.delenv(build_cache.FRESH_VARIABLE, raising=False)
    root = tmp_path / "project"
    (root / "hooks").mkdir(parents=True)
    for name in ("build_cache.py", "exec_cache.py", "exec_errors.py"):
        shutil.copy(ROOT / "hooks" / name, root / "hooks" / name)
    (root / "docs").mkdir()
    (root / "snippets").mkdir()
    (root / "mkdocs.yml").write_text(_CONFIG, encoding="utf-8")
    (root / "snippets" / "shared.py").write_text('print("from the snippet", 6 * 7)\n',
                                                 encoding="utf-8")
    session = ' session="s"'
    (root / "docs" / "index.md").write_text(_page(
        (session, "total = 40\nprint('one', total)"),
        (session, "total += 1\nprint('two', total)"),
        (session, "total += 1\nprint('three', total, __name__)"),
        ("", '--8<-- "shared.py"'),
    ), encoding="utf-8")
    (root / "docs" / "other.md").write_text(_page(("", "print('other page', 2 ** 10)")),
                                            encoding="utf-8")
    return root


def _build(project: Path, site: str) -> tuple[dict[str, str], tuple[int, int]]:
    result = mkdocs_build(project, project / site)
    assert result.returncode == 0, result.stderr
    match = re.search(r"exec-block (\d+) reused / (\d+) computed", result.stderr)
    assert match, result.stderr
    pages = {p.relative_to(project / site).as_posix(): p.read_text(encoding="utf-8")
             for p in sorted((project / site).rglob("*.html"))}
    return pages, (int(match.group(1)), int(match.group(2)))


def test_a_warm_build_runs_no_block_and_writes_the_same_html(project):
    cold, counts = _build(project, "cold")
    assert counts == (0, 5)
    assert "three 42 _code_block_session_s_n3_" in cold["index.html"]
    assert "from the snippet 42" in cold["index.html"]
    warm, counts = _build(project, "warm")
    assert counts == (5, 0)
    assert warm == cold


def test_an_edited_session_block_reruns_it_and_the_blocks_after_it(project):
    cold, _ = _build(project, "cold")
    page = project / "docs" / "index.md"
    page.write_text(page.read_text(encoding="utf-8").replace("total += 1\nprint('two'",
                                                             "total += 10\nprint('two'"))
    edited, counts = _build(project, "edited")
    # Block 1 comes from the cache and is run again, silently, for its variables.
    assert counts == (3, 2)
    assert "one 40" in edited["index.html"] and "two 50" in edited["index.html"]
    assert "three 51 _code_block_session_s_n3_" in edited["index.html"]
    assert edited["other/index.html"] == cold["other/index.html"]


def test_an_edited_snippet_reruns_only_the_block_that_includes_it(project):
    cold, _ = _build(project, "cold")
    (project / "snippets" / "shared.py").write_text('print("from the snippet", 6 * 8)\n',
                                                    encoding="utf-8")
    edited, counts = _build(project, "edited")
    assert counts == (4, 1)
    assert "from the snippet 48" in edited["index.html"]


def test_prose_edits_rerun_nothing(project):
    page = project / "docs" / "other.md"
    _build(project, "cold")
    page.write_text(page.read_text(encoding="utf-8") + "\nA new sentence.\n", encoding="utf-8")
    edited, counts = _build(project, "edited")
    assert counts == (5, 0)
    assert "A new sentence." in edited["other/index.html"]


def test_a_block_that_shows_its_own_name_is_rerun_when_its_number_moves(project):
    _build(project, "cold")
    page = project / "docs" / "index.md"
    text = page.read_text(encoding="utf-8")
    extra = _FENCE.format(options=' session="s"', code="print('zero')")
    page.write_text(text.replace("# Page\n\n", "# Page\n\n" + extra + "\n", 1), encoding="utf-8")
    edited, _ = _build(project, "edited")
    # The block that prints __name__ is now the session's fourth.
    assert "three 42 _code_block_session_s_n4_" in edited["index.html"]


def test_a_failing_block_fails_every_build_naming_its_page(project):
    page = project / "docs" / "other.md"
    page.write_text(_page(("", "raise ValueError('no luck')")), encoding="utf-8")
    for site in ("first", "second"):
        result = mkdocs_build(project, project / site)
        assert result.returncode != 0
        assert "docs/other.md: Execution of python code block" in result.stderr
        assert "ValueError: no luck" in result.stderr


def test_fresh_builds_run_every_block(project, monkeypatch):
    _build(project, "cold")
    monkeypatch.setenv(build_cache.FRESH_VARIABLE, "1")
    _, counts = _build(project, "fresh")
    assert counts == (0, 5)
