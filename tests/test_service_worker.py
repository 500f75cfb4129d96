"""hooks/service_worker.py: the offline copy lists one build's files by digest; serve removes it."""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

from course_helpers import load_hook, two_page_project

MARKER = '<meta name="course-offline" content="service-worker.js">'


def _project(tmp_path: Path) -> Path:
    """A two-page Material project with only this hook."""
    return two_page_project(tmp_path, "service_worker", top="site_url: https://course.example/\n")


def _build(project: Path, site: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d",
                             str(site)], cwd=project, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def _listed(site: Path) -> dict[str, str]:
    source = (site / "service-worker.js").read_text(encoding="utf-8")
    match = re.search(r"^const FILES = (\{.*?\n\});$", source, re.DOTALL | re.MULTILINE)
    assert match, source[:400]
    return json.loads(match.group(1))


def _build_id(site: Path) -> str:
    source = (site / "service-worker.js").read_text(encoding="utf-8")
    return re.search(r'^const BUILD = "([0-9a-f]+)";$', source, re.MULTILINE).group(1)


def test_worker_lists_every_served_file_by_digest(tmp_path):
    project = _project(tmp_path)
    site = tmp_path / "site"
    _build(project, site)
    listed = _listed(site)
    # Pages under the URLs they are linked by, each with the digest of what is on disk.
    for url, path in (("", "index.html"), ("learn/first/", "learn/first/index.html"),
                      ("404.html", "404.html"), ("search/search_index.json",
                                                 "search/search_index.json")):
        assert listed[url] == hashlib.sha256((site / path).read_bytes()).hexdigest(), url
    for path in site.rglob("*"):
        name = path.relative_to(site).as_posix()
        if not path.is_file() or name.endswith("index.html"):
            continue
        skipped = (name == "service-worker.js" or name.endswith((".map", ".xml", ".xml.gz"))
                   or name.startswith("assets/javascripts/lunr/"))
        assert (name in listed) != skipped, name
    # Every page says the build has an offline copy, for navigation.js to register.
    assert MARKER in (site / "learn" / "first" / "index.html").read_text(encoding="utf-8")
    check = subprocess.run(["node", "--check", str(site / "service-worker.js")],
                           capture_output=True, text=True)
    assert check.returncode == 0, check.stderr


def test_the_worker_names_its_build(tmp_path):
    project = _project(tmp_path)
    _build(project, tmp_path / "one")
    _build(project, tmp_path / "two")
    # The same sources give the same worker, byte for byte: nothing to reinstall.
    assert ((tmp_path / "one" / "service-worker.js").read_bytes()
            == (tmp_path / "two" / "service-worker.js").read_bytes())
    (project / "docs" / "learn" / "first.md").write_text("# First\n\nOne more line.\n")
    _build(project, tmp_path / "three")
    # One page changed: a new build, whose list differs from the old in that page's digest.
    assert _build_id(tmp_path / "three") != _build_id(tmp_path / "one")
    old, new = _listed(tmp_path / "one"), _listed(tmp_path / "three")
    changed = {url for url in old.keys() | new.keys() if old.get(url) != new.get(url)}
    assert "learn/first/" in changed and "" not in changed


def test_serve_writes_a_worker_that_removes_the_offline_copy(tmp_path):
    hook = load_hook("service_worker")
    try:
        hook.on_startup(command="serve", dirty=False)
        page = "<html><head></head><body></body></html>"
        assert hook.on_post_page(page, page=None, config=None) == page
        hook.on_post_build(config=SimpleNamespace(site_dir=str(tmp_path)))
    finally:
        hook.on_startup(command="build", dirty=False)
    remover = (tmp_path / "service-worker.js").read_text(encoding="utf-8")
    assert "registration.unregister()" in remover and "caches.delete" in remover
    assert "FILES" not in remover
