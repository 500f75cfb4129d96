"""`mkdocs serve`, as `nox -s serve` runs it, rebuilds and reloads the page after an edit."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return None


def _wait_for(url: str, text: str, server: subprocess.Popen, attempts: int = 240) -> str:
    # Polls a bounded number of times so a broken server ends the test instead of hanging it.
    for _ in range(attempts):
        body = _get(url)
        if body is not None and text in body:
            return body
        assert server.poll() is None, "mkdocs serve exited"
        time.sleep(0.5)
    raise AssertionError(f"{url} never showed {text!r}")


def test_serve_reloads_after_an_edit(tmp_path: Path):
    (tmp_path / "docs").mkdir()
    page = tmp_path / "docs" / "index.md"
    page.write_text("# Before the edit\n", encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text("site_name: Reload check\n", encoding="utf-8")
    port = _free_port()
    url = f"http://127.0.0.1:{port}/"
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--livereload", "-a", f"127.0.0.1:{port}"],
        cwd=tmp_path,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        body = _wait_for(url, "Before the edit", server)
        # The live-reload script is injected: the browser will refresh by itself.
        assert "livereload" in body
        page.write_text("# After the edit\n", encoding="utf-8")
        _wait_for(url, "After the edit", server)
    finally:
        server.terminate()
        server.wait(timeout=30)
