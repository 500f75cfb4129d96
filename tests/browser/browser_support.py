"""Browser test support: Debian's Chromium, its flags, and a guard on requests leaving 127.0.0.1."""

from __future__ import annotations

import contextlib
import functools
import http.server
import sys
import threading
from pathlib import Path
from urllib.parse import urlparse

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update"]
LOCAL_HOSTS = {"127.0.0.1"}
# Long enough for Pyodide to boot on a busy 2-core machine; waits end as soon as they can.
BOOT_WAIT_MS = 120_000


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    """Serves a built site quietly, as it is: the site works on any origin (hooks/site_url.py)."""

    # The benchmark sets a list here to get (path, bytes sent, the bytes) per file served; it
    # compresses them afterwards, so that no gzip runs beside the browser it is timing.
    served: list[tuple[str, int, bytes]] | None = None

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - base signature
        pass

    def copyfile(self, source, outputfile) -> None:
        data = source.read()
        outputfile.write(data)
        if self.served is not None:
            path = self.path.split("?")[0].lstrip("/")
            self.served.append((path, len(data), data))


class SiteServer(http.server.ThreadingHTTPServer):
    """A threaded server that says nothing when the browser drops a download it no longer
    wants (a page closed or a worker ended mid-file); any other error is still printed."""

    def handle_error(self, request, client_address) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


def serve(site: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    """Serve `site` from a thread on a free port of 127.0.0.1; the server and its URL."""
    handler = functools.partial(SiteHandler, directory=str(site))
    server = SiteServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_port}/"


class RequestGuard:
    """Aborts and counts every request that would leave 127.0.0.1."""

    def __init__(self) -> None:
        self.blocked: list[str] = []
        self.local = 0

    def __call__(self, route) -> None:
        url = route.request.url
        if urlparse(url).hostname in LOCAL_HOSTS or url.startswith(("data:", "blob:")):
            self.local += 1
            route.continue_()
        else:
            self.blocked.append(url)
            route.abort()


def new_context(browser, **options):
    """A fresh context (empty localStorage) with the request guard installed. The site's
    service worker is kept out unless a test asks for it (`service_workers="allow"`): it would
    copy the whole site in the background of every test; tests/browser/test_offline.py is
    where it is tested."""
    options.setdefault("service_workers", "block")
    context = browser.new_context(**options)
    guard = RequestGuard()
    context.route("**/*", guard)
    context.guard = guard
    return context


def launch(playwright, *extra_args: str):
    """Debian's Chromium under Playwright; a missing browser fails loudly, never skips."""
    if not CHROMIUM.exists():
        pytest.fail(
            f"{CHROMIUM} is missing: the browser tests need Debian's chromium "
            "(`apt-get update && apt-get install -y chromium`; .ci/run installs it)"
        )
    return playwright.chromium.launch(
        executable_path=str(CHROMIUM), args=[*CHROMIUM_ARGS, *extra_args]
    )


@contextlib.contextmanager
def served_context(browser, site: Path, **options):
    """A server of its own for `site` on a new port and a fresh guarded context: (context, url)."""
    server, url = serve(site)
    context = new_context(browser, **options)
    try:
        yield context, url
    finally:
        context.close()
        server.shutdown()
        server.server_close()
