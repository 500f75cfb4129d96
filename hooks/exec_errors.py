"""Prefixes markdown-exec's "code block failed" warnings with the page that holds the block."""

from __future__ import annotations

import logging

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

_current_page: str | None = None

# -----------------------------------------------------------------------------
# Events
# -----------------------------------------------------------------------------


def on_config(config: MkDocsConfig) -> None:
    # markdown-exec reports the failing block's code and output but not its page; with
    # many pages a contributor needs the file name. The filter sits on MkDocs' own
    # handlers, which every plugin logger reaches. `serve` calls on_config on each
    # rebuild, so add the filter only once.
    for handler in logging.getLogger("mkdocs").handlers:
        if not any(isinstance(f, _PageNameFilter) for f in handler.filters):
            handler.addFilter(_PageNameFilter())


def on_page_markdown(markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    # Markdown is rendered (and its blocks executed) right after this event.
    global _current_page
    _current_page = page.file.src_uri
    return markdown


# -----------------------------------------------------------------------------
# Helpers
# -----------------------------------------------------------------------------


class _PageNameFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = str(record.msg)
        # The message may carry a logger-name prefix ("markdown_exec: Execution of ...").
        if _current_page and "Execution of " in message and "code block" in message:
            record.msg = message.replace("Execution of ", f"docs/{_current_page}: Execution of ", 1)
        return True
