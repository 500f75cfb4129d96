"""The offline copy in real Chromium: the site works offline after a visit, builds never mix."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest
from browser_support import BOOT_WAIT_MS, served_context
from course_helpers import load_hook
from test_exercise import open_problem, press, snippet, statuses, type_code

pytestmark = pytest.mark.browser

SLUG = "grad-of-quadratic"
OTHER = "grad-over-flat-params"

# Resolves once the site's service worker is active: whether it serves this page.
ACTIVE = """async () => {
  const registration = await navigator.serviceWorker.ready;
  return { active: registration.active.state, controlled: !!navigator.serviceWorker.controller };
}"""

# Asks the registration to check for a new worker now; resolves with how that ended:
# "installed" (waiting for the old build's pages to close), "redundant" (refused), or "none".
UPDATE = """async () => {
  const registration = await navigator.serviceWorker.getRegistration();
  const found = new Promise((resolve) =>
    registration.addEventListener("updatefound", () => resolve(registration.installing),
                                  { once: true }));
  await registration.update();
  const worker = registration.installing || registration.waiting
    || await Promise.race([found, new Promise((resolve) => setTimeout(resolve, 60000))]);
  if (!worker) return "none";
  return await new Promise((resolve) => {
    const settled = () => {
      if (["installed", "activated", "redundant"].includes(worker.state)) resolve(worker.state);
    };
    worker.addEventListener("statechange", settled);
    settled();
  });
}"""


def _build_marks(page) -> tuple[str, str]:
    """Which build the page's HTML and its exercise.js came from."""
    return (page.get_attribute("#course-build", "data-build"),
            page.evaluate("window.courseBuild"))


def _variant(built: Path, target: Path, name: str, stamp: float) -> None:
    """A copy of the built site whose problem page and exercise.js say which build they are,
    with its service worker written for those files (as hooks/service_worker.py does)."""
    shutil.copytree(built, target, symlinks=True)
    page = target / "problems" / SLUG / "index.html"
    html = page.read_text(encoding="utf-8")
    page.write_text(html.replace("</body>", f'<div id="course-build" data-build="{name}" '
                                 'hidden></div></body>', 1), encoding="utf-8")
    script = target / "assets" / "exercise" / "exercise.js"
    script.write_text(script.read_text(encoding="utf-8") + f'\nwindow.courseBuild = "{name}";\n',
                      encoding="utf-8")
    load_hook("service_worker").write_worker(target)
    # Distinct modification times, so no conditional request is answered "unchanged" (the
    # test server compares them to the second).
    for path in (page, script, target / "service-worker.js"):
        os.utime(path, (stamp, stamp))


def _controlled(page, url: str) -> None:
    """Open the problem page and reload it once the site's service worker is active: the
    copy is made once the page's Python is ready, and serves from the next load."""
    open_problem(page, url, SLUG)
    page.evaluate(ACTIVE)
    page.reload()
    page.wait_for_selector('[data-exercise-runtime="ready"]', timeout=BOOT_WAIT_MS)
    assert page.evaluate(ACTIVE)["controlled"] is True


def _point(live: Path, target: Path) -> None:
    """Deploy `target`: the served folder is a symlink, swapped in one step."""
    swap = live.with_name("swap")
    swap.symlink_to(target, target_is_directory=True)
    os.replace(swap, live)


def test_site_works_offline_after_the_first_visit(browser, built_site):
    with served_context(browser, built_site, service_workers="allow") as (context, url):
        page = context.new_page()
        _controlled(page, url)
        context.set_offline(True)
        # A reload, a page never visited (a full load) and a link (instant navigation), all
        # offline, each with Python working.
        open_problem(page, url, SLUG)
        type_code(page, snippet(SLUG, "solution.py"))
        press(page, "Run")
        assert statuses(page) == ["pass", "pass"]
        page.goto(f"{url}learn/checking-gradients/")
        assert page.get_by_role("heading", level=1).count() == 1
        open_problem(page, url, SLUG)
        page.get_by_role("link", name="Gradient over pytree params").first.click()
        page.wait_for_selector(f'[data-exercise="{OTHER}"][data-exercise-runtime="ready"]',
                               timeout=BOOT_WAIT_MS)
        type_code(page, snippet(OTHER, "solution.py"))
        press(page, "Run")
        assert statuses(page) == ["pass", "pass"]
        assert context.guard.blocked == []


def test_a_new_build_never_mixes_with_the_old(browser, built_site, tmp_path):
    now = time.time()
    _variant(built_site, tmp_path / "a", "a", now - 60)
    _variant(built_site, tmp_path / "b", "b", now)
    # A half-deployed "b": its worker lists b's files, but one file is still a's.
    shutil.copytree(tmp_path / "b", tmp_path / "half", symlinks=True)
    shutil.copy2(tmp_path / "a" / "assets" / "exercise" / "exercise.js",
                 tmp_path / "half" / "assets" / "exercise" / "exercise.js")
    live = tmp_path / "live"
    _point(live, tmp_path / "a")
    with served_context(browser, live, service_workers="allow") as (context, url):
        page = context.new_page()
        _controlled(page, url)
        assert _build_marks(page) == ("a", "a")

        # The half-deployed site is refused: a's copy carries on, whole.
        _point(live, tmp_path / "half")
        assert page.evaluate(UPDATE) == "redundant"
        page.reload()
        page.wait_for_selector('[data-exercise-runtime="ready"]', timeout=BOOT_WAIT_MS)
        assert _build_marks(page) == ("a", "a")

        # b is installed beside a, and waits while a page of a is open; a second page opened
        # meanwhile is still a's.
        _point(live, tmp_path / "b")
        assert page.evaluate(UPDATE) == "installed"
        second = context.new_page()
        open_problem(second, url, SLUG)
        assert _build_marks(second) == ("a", "a")
        second.close()
        page.close()

        # With no page of a open, b takes over: its page, its script, and a's copy is gone.
        # Chromium may let a closed page and its Python worker count as a's clients for a
        # moment; a page that still got a's copy is itself one, so it is closed before the
        # next try (navigating it again would keep a in charge for good).
        for _ in range(50):
            page = context.new_page()
            open_problem(page, url, SLUG)
            if _build_marks(page) != ("a", "a"):
                break
            page.close()
            time.sleep(0.2)
        assert _build_marks(page) == ("b", "b")
        caches = page.evaluate("caches.keys()")
        assert [name for name in caches if name.startswith("jax-grad-course-site-")] == [
            "jax-grad-course-site-" + _build_id(tmp_path / "b")]
        type_code(page, snippet(SLUG, "solution.py"))
        press(page, "Run")
        assert statuses(page) == ["pass", "pass"]
        assert context.guard.blocked == []


def _build_id(site: Path) -> str:
    for line in (site / "service-worker.js").read_text(encoding="utf-8").splitlines():
        if line.startswith("const BUILD = "):
            return line.split('"')[1]
    raise AssertionError("service-worker.js names no build")
