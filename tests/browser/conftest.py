"""Browser fixtures: the built site on 127.0.0.1, Debian's Chromium, a fresh guarded context."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from browser_support import launch, new_context, serve


@pytest.fixture(scope="session")
def site_url(built_site: Path) -> Iterator[str]:
    """The built site, served by a thread on a free port of 127.0.0.1 only."""
    server, url = serve(built_site)
    try:
        yield url
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium, launched once per test run."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = launch(playwright)
        yield instance
        instance.close()


@pytest.fixture
def context(browser):
    context = new_context(browser)
    yield context
    blocked = context.guard.blocked
    context.close()
    assert blocked == [], f"requests left the site: {blocked}"


@pytest.fixture
def page(context):
    page = context.new_page()
    page.dialogs = []

    def answer(dialog) -> None:
        page.dialogs.append(dialog.message)
        if page.dialog_answers:
            dialog.accept() if page.dialog_answers.pop(0) else dialog.dismiss()
        else:
            dialog.dismiss()

    page.dialog_answers = []
    page.on("dialog", answer)
    return page
