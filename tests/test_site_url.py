"""hooks/site_url.py: a deploy URL names itself in canonical links and the sitemap; else neither."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from course_helpers import two_page_project

DEPLOY = "https://course.example/learn-grad/"


def _build(tmp_path: Path, site_url: str | None) -> subprocess.CompletedProcess[str]:
    """A two-page Material project with only this hook, built with or without the variable."""
    project = two_page_project(tmp_path, "site_url", theme="  features: [navigation.instant]\n")
    env = {k: v for k, v in os.environ.items() if k != "COURSE_SITE_URL"}
    if site_url is not None:
        env["COURSE_SITE_URL"] = site_url
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d",
                           str(tmp_path / "site")], cwd=project, env=env,
                          capture_output=True, text=True)


def test_deploy_url_names_canonical_links_and_sitemap(tmp_path):
    result = _build(tmp_path, DEPLOY.rstrip("/"))
    assert result.returncode == 0, result.stderr
    site = tmp_path / "site"
    page = (site / "learn" / "first" / "index.html").read_text(encoding="utf-8")
    assert f'<link rel="canonical" href="{DEPLOY}learn/first/">' in page
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    assert f"<loc>{DEPLOY}</loc>" in sitemap and f"<loc>{DEPLOY}learn/first/</loc>" in sitemap
    assert json.loads((site / "assets" / "site-pages.json").read_text()) == ["", "learn/first/"]


def test_local_build_names_no_origin(tmp_path):
    result = _build(tmp_path, None)
    assert result.returncode == 0, result.stderr
    site = tmp_path / "site"
    for page in site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert 'rel="canonical"' not in text and "127.0.0.1" not in text, page
    assert not (site / "sitemap.xml").exists() and not (site / "sitemap.xml.gz").exists()
    assert json.loads((site / "assets" / "site-pages.json").read_text()) == ["", "learn/first/"]


@pytest.mark.parametrize("bad", ["course.example/learn", "ftp://course.example/"])
def test_a_malformed_url_fails_naming_the_variable(tmp_path, bad):
    result = _build(tmp_path, bad)
    assert result.returncode != 0
    assert "COURSE_SITE_URL" in result.stderr and bad in result.stderr
