"""Keeps the built site self-contained: no page may load anything from another origin."""

from __future__ import annotations

import re
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.pages import Page

# mkdocs-jupyter always emits nbconvert's MathJax loader, which points at a CDN. The
# notebooks use no TeX, so the block is removed rather than self-hosted.
_MATHJAX_BLOCK = re.compile(
    r"<!-- Load mathjax -->.*?<!-- End of mathjax configuration -->", re.DOTALL
)
# Elements that make the browser fetch their URL as soon as the page loads. A <link> only
# fetches for some `rel` values: a canonical link, for instance, is just a name.
_TAG = re.compile(r"<(script|link|img|iframe|source|audio|video|embed)\b[^>]*>", re.IGNORECASE)
_URL_ATTR = re.compile(r"\b(?:src|href)\s*=\s*[\"']?((?:https?:)?//[^\"'\s>]+)", re.IGNORECASE)
_REL = re.compile(r"\brel\s*=\s*[\"']?([^\"'>]+)", re.IGNORECASE)
_FETCHING_RELS = {"stylesheet", "preload", "modulepreload", "prefetch", "icon", "manifest"}
_CSS_URL = re.compile(r"(?:@import\s+|url\()\s*[\"']?((?:https?:)?//[^\"')\s]+)", re.IGNORECASE)

# -----------------------------------------------------------------------------
# Events
# -----------------------------------------------------------------------------


def on_post_page(output: str, *, page: Page, config: MkDocsConfig) -> str:
    output = _MATHJAX_BLOCK.sub("", output)
    external = _external_fetches(output)
    if external:
        raise PluginError(
            f"docs/{page.file.src_uri}: the page would load {external[0]!r} from another "
            "origin; the site must be self-contained (self-host the file instead)"
        )
    return output


def on_post_build(*, config: MkDocsConfig) -> None:
    for css in Path(config.site_dir).rglob("*.css"):
        external = _CSS_URL.findall(css.read_text(encoding="utf-8", errors="replace"))
        if external:
            raise PluginError(
                f"{css.relative_to(config.site_dir)}: the stylesheet would load "
                f"{external[0]!r} from another origin"
            )


# -----------------------------------------------------------------------------
# Helpers
# -----------------------------------------------------------------------------


def _external_fetches(html: str) -> list[str]:
    urls = []
    for tag in _TAG.finditer(html):
        url = _URL_ATTR.search(tag.group(0))
        if url is None:
            continue
        if tag.group(1).lower() == "link":
            rel = _REL.search(tag.group(0))
            if rel is None or not set(rel.group(1).lower().split()) & _FETCHING_RELS:
                continue
        urls.append(url.group(1))
    return urls
