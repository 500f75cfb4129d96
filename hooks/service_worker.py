"""The site offline after a first visit: a service worker serving one build, each file checked."""

# The worker's own bytes name the build: they list every file it serves with its SHA-256, so
# a new build is a new worker. The browser installs it beside the old one, and it takes over
# only once no page of the old build is open; until then the old pages keep their own files.
# Files enter a build's cache only if their digest matches the list, so a half-deployed site
# or a stale HTTP cache fails the install (tried again on a later visit) instead of mixing
# two builds. Under `mkdocs serve` the file is one that removes any installed worker, so a
# contributor never sees an old build served from the cache.

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

WORKER = "service-worker.js"
# Pages say the build has an offline copy; docs/assets/javascripts/navigation.js registers it.
MARKER = '<meta name="course-offline" content="service-worker.js">'
# Not kept offline: source maps (for developers), lunr's files for other languages (the site
# is English), and the sitemaps (for search engines).
SKIPPED_SUFFIXES = (".map", ".xml", ".xml.gz")
SKIPPED_FOLDERS = ("assets/javascripts/lunr/",)
CACHE_PREFIX = "jax-grad-course-site-"

_command = {"name": "build"}

# -----------------------------------------------------------------------------
# Events
# -----------------------------------------------------------------------------


def on_startup(*, command: str, dirty: bool) -> None:
    _command["name"] = command


def on_post_page(output: str, *, page: Page, config: MkDocsConfig) -> str:
    if _command["name"] == "serve":
        return output
    return output.replace("</head>", MARKER + "</head>", 1)


def on_post_build(*, config: MkDocsConfig) -> None:
    site = Path(config.site_dir)
    if _command["name"] == "serve":
        (site / WORKER).write_text(REMOVER, encoding="utf-8")
    else:
        write_worker(site)


# -----------------------------------------------------------------------------
# The worker
# -----------------------------------------------------------------------------


def offline_files(site: Path) -> dict[str, str]:
    """Every file the offline copy serves, by its URL path relative to the site, with its
    SHA-256. A folder's index.html is listed under the folder's URL, as pages link to it."""
    files: dict[str, str] = {}
    for path in sorted(site.rglob("*")):
        if not path.is_file():
            continue
        name = path.relative_to(site).as_posix()
        if (name == WORKER or name.endswith(SKIPPED_SUFFIXES)
                or name.startswith(SKIPPED_FOLDERS)):
            continue
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        if name == "index.html":
            files[""] = digest
        elif name.endswith("/index.html"):
            files[name[: -len("index.html")]] = digest
        else:
            files[name] = digest
    return files


def worker_source(files: dict[str, Any]) -> str:
    listing = json.dumps(files, indent=0, sort_keys=True)
    build = hashlib.sha256(listing.encode()).hexdigest()[:16]
    return (SERVICE_WORKER.replace("BUILD_ID", json.dumps(build))
            .replace("CACHE_PREFIX", json.dumps(CACHE_PREFIX)).replace("FILE_LIST", listing))


def write_worker(site: Path) -> None:
    (site / WORKER).write_text(worker_source(offline_files(site)), encoding="utf-8")


SERVICE_WORKER = """\
// The course offline: this build's files, from a cache that holds this build alone.
// Written by hooks/service_worker.py; the list below names the build.
const BUILD = BUILD_ID;
const PREFIX = CACHE_PREFIX;
const CACHE = PREFIX + BUILD;
const FILES = FILE_LIST;
const ROOT = new URL("./", self.location.href);

async function sha256(buffer) {
  const digest = await crypto.subtle.digest("SHA-256", buffer);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

// Every file, fetched past the HTTP cache's freshness (a revalidation costs a 304) and
// checked against its digest: a file from any other build fails the install.
async function fill() {
  const cache = await caches.open(CACHE);
  const names = Object.keys(FILES);
  let next = 0;
  async function lane() {
    while (next < names.length) {
      const name = names[next++];
      const url = new URL(name, ROOT).href;
      if (await cache.match(url)) continue;
      const response = await fetch(url, { cache: "no-cache" });
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      const body = await response.arrayBuffer();
      if (await sha256(body) !== FILES[name]) throw new Error(`${url} is from another build`);
      await cache.put(url, new Response(body, {
        status: response.status, statusText: response.statusText, headers: response.headers,
      }));
    }
  }
  await Promise.all([lane(), lane(), lane(), lane()]);
}

self.addEventListener("install", (event) => {
  event.waitUntil(fill().catch(async (error) => {
    // Nothing half-filled is left behind; the next visit tries again.
    await caches.delete(CACHE);
    throw error;
  }));
});

// Taking over happens when no page of the previous build is open; its cache goes then.
self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
    }
  })());
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== ROOT.origin || !url.pathname.startsWith(ROOT.pathname)) return;
  const name = decodeURI(url.pathname.slice(ROOT.pathname.length));
  if (name in FILES) {
    event.respondWith(fromCache(new URL(name, ROOT).href, request));
  } else if (request.mode === "navigate") {
    // A page this build does not have: the server's answer, or this build's 404 page.
    event.respondWith(fetch(request).catch(async () =>
      (await caches.open(CACHE)).match(new URL("404.html", ROOT).href)
        .then((page) => page || Response.error())));
  }
});

async function fromCache(key, request) {
  const cached = await (await caches.open(CACHE)).match(key);
  if (cached) return cached;
  // Only if the browser has cleared storage since the install: the server's copy, if it is
  // still this build's.
  const response = await fetch(request);
  const body = await response.clone().arrayBuffer();
  const name = key.slice(ROOT.href.length);
  if (response.ok && await sha256(body) === FILES[name]) return response;
  return new Response("This file changed in a newer build of the course: reload the page.",
    { status: 503, headers: { "content-type": "text/plain; charset=utf-8" } });
}
"""

REMOVER = """\
// Under `mkdocs serve` (hooks/service_worker.py): removes the offline copy of a built site
// that was served from this origin before, so that every page comes fresh from the server.
self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(CACHE_PREFIX)) await caches.delete(name);
    }
    await self.registration.unregister();
    for (const client of await self.clients.matchAll({ type: "window" })) {
      client.navigate(client.url);
    }
  })());
});
""".replace("CACHE_PREFIX", json.dumps(CACHE_PREFIX))
