"""Where the site lives: a deploy URL from COURSE_SITE_URL, or a build for any origin."""

# Material's instant navigation follows only the links its sitemap lists, and the sitemap
# names site_url's origin: served anywhere else, every click was a full page load and Python
# booted again. So the URL is given at build time for a deployment (canonical links and the
# sitemap then name it), a local build has neither, and docs/assets/javascripts/navigation.js
# navigates instantly on whatever origin serves the site, using the page list written here.

from __future__ import annotations

import json
import os
from pathlib import Path
from urllib.parse import urlparse

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.pages import Page

SITE_URL_VARIABLE = "COURSE_SITE_URL"
# The site's pages, as URLs relative to its root, for navigation.js.
PAGE_LIST = "assets/site-pages.json"
_SITEMAPS = ("sitemap.xml", "sitemap.xml.gz")

_pages: list[str] = []

# -----------------------------------------------------------------------------
# Events
# -----------------------------------------------------------------------------


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    url = os.environ.get(SITE_URL_VARIABLE, "").strip()
    if url:
        parsed = urlparse(url)
        if parsed.scheme not in ("http", "https") or not parsed.netloc:
            raise PluginError(f"{SITE_URL_VARIABLE}={url!r} is not an http(s) URL of the site")
        config.site_url = url if url.endswith("/") else url + "/"
    return config


def on_pre_build(*, config: MkDocsConfig) -> None:
    _pages.clear()


def on_post_page(output: str, *, page: Page, config: MkDocsConfig) -> str:
    _pages.append(page.url)
    return output


def on_post_build(*, config: MkDocsConfig) -> None:
    site = Path(config.site_dir)
    if not config.site_url:
        # Without a URL, MkDocs writes root-relative <loc>s: not a valid sitemap, and one that
        # would send search engines nowhere. A deployment sets COURSE_SITE_URL and gets one.
        for name in _SITEMAPS:
            (site / name).unlink(missing_ok=True)
    target = site / PAGE_LIST
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(sorted(set(_pages))) + "\n", encoding="utf-8")
