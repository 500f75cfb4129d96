"""The exercise worker's memory snapshot: restored when sound, refused and remade when not."""

from __future__ import annotations

import json
import os
import re
import shutil
import time
import zipfile

import pytest
from browser_support import BOOT_WAIT_MS, served_context
from course_helpers import ROOT
from test_exercise import open_problem, press, snippet, statuses, type_code

WORKER = ROOT / "docs" / "assets" / "exercise" / "worker.js"
SLUG = "grad-of-quadratic"

# Page-side helpers, run with page.evaluate: the worker's Cache API entry as the test sees it.
ENTRIES = """async () => {
  const cache = await caches.open("jax-grad-course-python-snapshot");
  const out = [];
  for (const request of await cache.keys()) {
    const response = await cache.match(request);
    const bytes = new Uint8Array(await response.arrayBuffer());
    const digest = [...new Uint8Array(await crypto.subtle.digest("SHA-256", bytes))]
      .map((b) => b.toString(16).padStart(2, "0")).join("");
    out.push({ url: request.url, bytes: bytes.length, digest,
               header: response.headers.get("x-snapshot-sha256") });
  }
  return out;
}"""

# Rewrites the one entry: `change` edits its bytes, `rehash` recomputes the digest header
# (so only Pyodide can notice), `rename` files it under another key (a stale build's).
TAMPER = """async ({ change, rehash, rename }) => {
  const cache = await caches.open("jax-grad-course-python-snapshot");
  const [request] = await cache.keys();
  const response = await cache.match(request);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (change === "flip") bytes[bytes.length >> 1] ^= 0xff;
  if (change === "magic") bytes.fill(0, 0, 4);
  let header = response.headers.get("x-snapshot-sha256");
  if (rehash) {
    header = [...new Uint8Array(await crypto.subtle.digest("SHA-256", bytes))]
      .map((b) => b.toString(16).padStart(2, "0")).join("");
  }
  await cache.delete(request);
  const url = rename ? request.url.replace(/[0-9a-f]{64}$/, "0".repeat(64)) : request.url;
  await cache.put(url, new Response(bytes, { headers: { "x-snapshot-sha256": header } }));
}"""


def _source(page) -> str:
    """How the page's Python started: "boot", "snapshot" or "boot (snapshot refused: ...)"."""
    return page.evaluate(
        "performance.getEntriesByName('exercise-runtime-ready').at(-1).detail.source")


def _stored(page, url: str | None = None, replacing: dict | None = None) -> dict:
    """Wait until exactly one sound snapshot is stored (under `url`, and not the entry
    `replacing`, when given); return it. The worker stores it after the page is ready."""
    entries: list = []
    for _ in range(BOOT_WAIT_MS // 200):
        entries = page.evaluate(ENTRIES)
        if (len(entries) == 1 and entries[0]["digest"] == entries[0]["header"]
                and url in (None, entries[0]["url"]) and entries[0] != replacing):
            return entries[0]
        page.wait_for_timeout(200)
    raise AssertionError(f"no sound snapshot was stored: {entries}")


def _reopen(page) -> None:
    page.reload()
    page.wait_for_selector('[data-exercise-runtime="ready"]', timeout=BOOT_WAIT_MS)


def _solves(page) -> None:
    type_code(page, snippet(SLUG, "solution.py"))
    press(page, "Run")
    assert statuses(page) == ["pass", "pass"]


@pytest.mark.browser
def test_snapshot_is_made_once_then_restored(page, site_url):
    open_problem(page, site_url, SLUG)
    assert _source(page) == "boot"
    first = _stored(page)
    # A snapshot of Python with jaxlite imported is tens of megabytes, not a stub.
    assert first["bytes"] > 10_000_000, first
    _reopen(page)
    assert _source(page) == "snapshot"
    _solves(page)
    # Restoring does not store again: the same entry stands.
    assert page.evaluate(ENTRIES) == [first]


@pytest.mark.browser
@pytest.mark.parametrize(
    ("tamper", "expected"),
    [
        # Bytes changed in storage: the digest check refuses them before Pyodide sees them.
        ({"change": "flip", "rehash": False, "rename": False},
         r"boot \(snapshot refused: its bytes do not match its digest\)"),
        # Bytes that match their digest but are not a snapshot: Pyodide refuses them.
        ({"change": "magic", "rehash": True, "rename": False}, r"boot \(snapshot refused: .+\)"),
        # A snapshot made for another build (other stdlib, jaxlite or runner): never looked at.
        ({"change": None, "rehash": False, "rename": True}, r"boot"),
    ],
    ids=["corrupted", "invalid", "stale"],
)
def test_unsound_snapshot_falls_back_to_a_boot_and_is_replaced(page, site_url, tamper,
                                                               expected):
    open_problem(page, site_url, SLUG)
    good = _stored(page)
    page.evaluate(TAMPER, tamper)
    (bad,) = page.evaluate(ENTRIES)
    _reopen(page)
    assert re.fullmatch(expected, _source(page)), _source(page)
    _solves(page)
    # The bad entry is gone and a sound one for this build replaces it, so the next visit
    # restores again.
    remade = _stored(page, url=good["url"], replacing=bad)
    assert remade["bytes"] > 10_000_000, remade
    _reopen(page)
    assert _source(page) == "snapshot"
    _solves(page)


@pytest.mark.browser
def test_snapshot_is_refused_when_the_archives_are_another_builds(browser, built_site, tmp_path):
    # A half-deployed site: the worker found its build's snapshot by the digests it was built
    # with, but the jaxlite.zip it downloaded is another build's (here: one file more).
    site = tmp_path / "site"
    shutil.copytree(built_site, site, symlinks=True)
    archive = site / "assets" / "exercise" / "jaxlite.zip"
    # Modified just now: the test server's validators make every visit ask for it again.
    now = time.time()
    os.utime(archive, (now, now))
    with served_context(browser, site) as (context, url):
        page = context.new_page()
        open_problem(page, url, SLUG)
        _stored(page)
        with zipfile.ZipFile(archive, "a") as changed:
            changed.writestr("another_build.txt", "not the archive this worker was built with")
        os.utime(archive, (now + 5, now + 5))
        _reopen(page)
        assert _source(page) == ("boot (snapshot refused: the archives downloaded are not the "
                                 "ones this worker was built with)")
        _solves(page)


def test_snapshot_version_is_the_pinned_pyodide():
    # The snapshot options are private API of one Pyodide release: the worker names the
    # release it was written for, and it must be the one package.json installs.
    pinned = json.loads((ROOT / "package.json").read_text(encoding="utf-8"))
    version = {**pinned.get("dependencies", {}), **pinned.get("devDependencies", {})}["pyodide"]
    named = re.search(r'const SNAPSHOT_PYODIDE = "([^"]+)";', WORKER.read_text(encoding="utf-8"))
    assert named, "worker.js no longer names the Pyodide release its snapshots are for"
    assert named.group(1) == version

