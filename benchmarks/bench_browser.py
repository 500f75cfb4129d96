"""Browser benchmark: worker boot, Run and Submit latency, and bytes per problem page."""

# Measured in headless Debian Chromium against the built site on 127.0.0.1, with a cold
# cache (a fresh browser context) and a warm one (the same context, page opened again).
# Times come from the widget's User Timing marks (exercise.js), bytes from the server.

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "tests" / "browser")]

from browser_support import SiteHandler, launch, new_context, serve  # noqa: E402
from course_helpers import mkdocs_build  # noqa: E402

SLUGS = ("grad-of-quadratic", "grad-over-flat-params")
# Files that make up the Python runtime; everything else a page loads is its own.
RUNTIME_PARTS = ("assets/exercise/vendor/pyodide/", "assets/exercise/jaxlite.zip",
                 "assets/exercise/runner.py", "assets/exercise/worker.js")
PAGE_GOAL_KB = 300
RESULT_GOAL_MS = 300
WAIT_MS = 180_000


def _split_bytes(served: list[tuple[str, int, int]]) -> dict[str, int]:
    own = [s for s in served if not s[0].startswith(RUNTIME_PARTS)]
    runtime = [s for s in served if s[0].startswith(RUNTIME_PARTS)]
    return {
        "own": sum(s[1] for s in own), "own_gzip": sum(s[2] for s in own),
        "runtime": sum(s[1] for s in runtime), "runtime_gzip": sum(s[2] for s in runtime),
    }


def _open(page, url: str) -> None:
    page.goto(url)
    page.wait_for_selector(".exercise .cm-content", timeout=WAIT_MS)


def _wait_ready(page) -> float:
    page.wait_for_selector('[data-exercise-runtime="ready"]', timeout=WAIT_MS)
    return page.evaluate(
        "performance.getEntriesByName('exercise-runtime-ready').at(-1).startTime")


def _press(page, name: str) -> float:
    page.evaluate("document.querySelector('.exercise-results')"
                  ".removeAttribute('data-exercise-outcome'); performance.clearMeasures()")
    page.get_by_role("button", name=name, exact=True).click()
    page.wait_for_selector(".exercise-results[data-exercise-outcome]", timeout=WAIT_MS)
    mode = "run" if name == "Run" else "submit"
    return page.evaluate(f"performance.getEntriesByName('exercise-{mode}').at(-1).duration")


def _type(page, code: str) -> None:
    page.locator(".exercise .cm-content").click()
    page.keyboard.press("Control+a")
    page.keyboard.press("Delete")
    page.keyboard.insert_text(code)


def measure(browser, url: str, repeat: int) -> list[tuple[str, str, str]]:
    rows = []
    served = SiteHandler.served = []
    first = f"{url}problems/{SLUGS[0]}/"

    # Cold: a fresh context, nothing cached.
    context = new_context(browser)
    page = context.new_page()
    served.clear()
    _open(page, first)
    ready_cold = _wait_ready(page)
    cold = _split_bytes(served)
    rows.append(("page load → worker ready", f"{ready_cold:.0f} ms", "cold cache"))
    runs = [_press(page, "Run") for _ in range(repeat)]
    rows.append(("Run → results, worker ready", f"{statistics.median(runs):.0f} ms",
                 f"median of {repeat}; goal < {RESULT_GOAL_MS} ms"))
    for slug in SLUGS:
        _open(page, f"{url}problems/{slug}/")
        _wait_ready(page)
        _type(page, (ROOT / "snippets" / "problems" / slug / "solution.py").read_text())
        submits = [_press(page, "Submit") for _ in range(repeat)]
        rows.append((f"Submit → results, {slug}", f"{statistics.median(submits):.0f} ms",
                     f"median of {repeat}; goal < {RESULT_GOAL_MS} ms"))

    # Warm: the same context opens the page again.
    served.clear()
    _open(page, first)
    ready_warm = _wait_ready(page)
    warm = _split_bytes(served)
    rows.append(("page load → worker ready", f"{ready_warm:.0f} ms", "warm cache"))
    blocked = list(context.guard.blocked)
    context.close()

    # Run before the worker is ready: clicked as soon as the editor shows (cold).
    context = new_context(browser)
    page = context.new_page()
    _open(page, first)
    early = _press(page, "Run")
    rows.append(("Run → results, clicked before worker ready", f"{early:.0f} ms",
                 "cold cache; includes the rest of the boot"))
    blocked += context.guard.blocked
    context.close()

    kb = 1024
    rows.append(("problem page's own HTML+CSS+JS", f"{cold['own'] / kb:.0f} KB",
                 f"cold, as served; {cold['own_gzip'] / kb:.0f} KB gzipped; "
                 f"goal < {PAGE_GOAL_KB} KB"))
    rows.append(("+ Python runtime (Pyodide core, jaxlite)",
                 f"{cold['runtime'] / kb:.0f} KB", f"cold; {cold['runtime_gzip'] / kb:.0f} KB "
                 f"gzipped; total {(cold['own'] + cold['runtime']) / kb:.0f} KB"))
    rows.append(("bytes on a warm reload", f"{(warm['own'] + warm['runtime']) / kb:.0f} KB",
                 "warm cache (304s carry no body)"))
    rows.append(("requests to other origins", str(len(blocked)), "aborted and counted"))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--site", type=Path, help="a built site (default: build one now)")
    parser.add_argument("--repeat", type=int, default=5, help="runs per timing (median)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        site = args.site
        if site is None:
            site = Path(tmp) / "site"
            result = mkdocs_build(ROOT, site)
            if result.returncode != 0:
                print(result.stdout, result.stderr, file=sys.stderr)
                return 1
        server, url = serve(site)
        from playwright.sync_api import sync_playwright

        try:
            with sync_playwright() as playwright:
                browser = launch(playwright)
                rows = measure(browser, url, args.repeat)
                browser.close()
        finally:
            server.shutdown()
    width = max(len(r[0]) for r in rows)
    print("\nIn-browser exercise (headless Chromium, 127.0.0.1)\n")
    print(f"| {'measure':<{width}} | value | notes |")
    print(f"| {'-' * width} | --- | --- |")
    for name, value, note in rows:
        print(f"| {name:<{width}} | {value} | {note} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
