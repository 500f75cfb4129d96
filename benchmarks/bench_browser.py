"""Browser benchmark: worker boot, Run and Submit latency, and bytes per problem page."""

# Measured in headless Debian Chromium against the built site on 127.0.0.1, with a cold
# cache (a fresh browser context) and a warm one (the same context, page opened again).
# Times come from the widget's User Timing marks (exercise.js), bytes from the server.
# Playwright's request routing would switch the HTTP cache off, so here other origins are
# made unresolvable in Chromium itself, and every request to one is counted. Each context
# has its own profile folder: an in-memory (incognito) cache never keeps the 9 MB wasm.

from __future__ import annotations

import argparse
import gzip
import shutil
import statistics
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "tests" / "browser")]

from browser_support import CHROMIUM, CHROMIUM_ARGS, LOCAL_HOSTS, SiteHandler, serve  # noqa: E402, I001
from course_helpers import load_hook, mkdocs_build  # noqa: E402

# The page whose load, boot and bytes are measured; Submit is timed on every problem.
FIRST = "grad-of-quadratic"
# Site-wide JSON that Material's search fetches on every page: data, not the page's code.
SEARCH_INDEX = "search/search_index.json"
# Files that make up the Python runtime; everything else a page loads is its own.
RUNTIME_PARTS = ("assets/exercise/vendor/pyodide/", "assets/exercise/jaxlite.zip",
                 "assets/exercise/worker.js")
# A stock boot of the same npm package, served beside the site: the peer every ratio is to.
STOCK_DIR = "_stock-pyodide"
STOCK_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip",
               "pyodide-lock.json", "package.json")
STOCK_PAGE = """<!doctype html><title>stock Pyodide</title><script type="module">
const worker = new Worker("./stock-worker.js", { type: "module" });
worker.onmessage = () => { window.stockReady = performance.now(); };
</script>"""
STOCK_WORKER = """import { loadPyodide } from "./pyodide.mjs";
const started = performance.now();
await loadPyodide({ indexURL: new URL("./", import.meta.url).href, packages: [] });
postMessage(performance.now() - started);
"""
# Goals of the runtime's start, as ratios to the stock boot measured in the same run.
GOALS = {"first": 0.7, "repeat": 0.35, "stop": 0.5}
PAGE_GOAL_KB = 300
RESULT_GOAL_MS = 300
WAIT_MS = 180_000
OFFLINE = "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"


def _context(playwright, profile: Path, blocked: list[str]):
    if not CHROMIUM.exists():
        raise SystemExit(f"{CHROMIUM} is missing: apt-get update && apt-get install -y chromium")
    context = playwright.chromium.launch_persistent_context(
        str(profile), executable_path=str(CHROMIUM), args=[*CHROMIUM_ARGS, OFFLINE])
    context.on("request", lambda request: None if urlparse(request.url).hostname in LOCAL_HOSTS
               or request.url.startswith(("data:", "blob:")) else blocked.append(request.url))
    return context


_GZIPPED: dict[tuple[str, int], int] = {}


def _gz(served: tuple[str, int, bytes]) -> int:
    """A served file's size gzipped (level 6, as a web server would), computed once."""
    key = served[:2]
    if key not in _GZIPPED:
        _GZIPPED[key] = len(gzip.compress(served[2], 6))
    return _GZIPPED[key]


def _split_bytes(served: list[tuple[str, int, bytes]]) -> dict[str, int]:
    runtime = [s for s in served if s[0].startswith(RUNTIME_PARTS)]
    search = [s for s in served if s[0] == SEARCH_INDEX]
    own = [s for s in served if s not in runtime and s not in search]
    return {
        "own": sum(s[1] for s in own), "own_gzip": sum(_gz(s) for s in own),
        "search": sum(s[1] for s in search), "search_gzip": sum(_gz(s) for s in search),
        "runtime": sum(s[1] for s in runtime), "runtime_gzip": sum(_gz(s) for s in runtime),
    }


def _open(page, url: str) -> None:
    page.goto(url)
    page.wait_for_selector(".exercise .cm-content", timeout=WAIT_MS)


def _wait_ready(page) -> dict:
    page.wait_for_selector('[data-exercise-runtime="ready"]', timeout=WAIT_MS)
    return page.evaluate("(() => { const m = performance.getEntriesByName("
                         "'exercise-runtime-ready').at(-1); return {at: m.startTime, ...m.detail};"
                         " })()")


def _boot_row(label: str, ready: dict) -> tuple[str, str]:
    return (f"page load → worker ready, {label}",
            f"{ready['at']:.0f} ms ({ready['source']}, worker {ready['bootMs']:.0f})")


def _stock_boot(page, url: str) -> float:
    """Page load → a stock Pyodide ready in a worker, in ms since the navigation started."""
    page.goto(f"{url}{STOCK_DIR}/index.html")
    page.wait_for_function("window.stockReady !== undefined", timeout=WAIT_MS)
    return page.evaluate("window.stockReady")


def _ratio(value: float, stock: float, goal: float) -> str:
    ratio = value / stock
    return f"{ratio:.2f}× stock (goal ≤ {goal}×{'' if ratio <= goal else ': missed'})"


def _ready_after_stop(page) -> float:
    """Stop an endless loop; ms from Stop to the runtime ready again."""
    _type(page, "while True:\n    pass\n")
    page.evaluate("document.querySelector('.exercise-results')"
                  ".removeAttribute('data-exercise-outcome')")
    page.get_by_role("button", name="Run", exact=True).click()
    page.wait_for_function("document.querySelector('[data-exercise-running=\"true\"]')"
                           " && performance.getEntriesByName('exercise-run-start').length")
    page.wait_for_timeout(300)
    marks = page.evaluate("performance.getEntriesByName('exercise-runtime-ready').length")
    page.get_by_role("button", name="Stop", exact=True).click()
    page.wait_for_function(f"performance.getEntriesByName('exercise-runtime-ready').length"
                           f" > {marks}", timeout=WAIT_MS)
    return page.evaluate("performance.getEntriesByName('exercise-runtime-ready').at(-1).startTime"
                         " - performance.getEntriesByName('exercise-runtime-stop').at(-1)"
                         ".startTime")


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


def measure(playwright, url: str, repeat: int, profiles: Path) -> list[tuple[str, str, str]]:
    rows = []
    served = SiteHandler.served = []
    first = f"{url}problems/{FIRST}/"
    blocked: list[str] = []

    # Cold starts in pairs, each in fresh contexts (nothing cached): the stock boot, then a
    # first visit, so each pair shares the machine's state; medians of the pairs. The last
    # pair's contexts stay open: the stock page is reloaded once before every warm start timed
    # below, and the course page goes on to be timed.
    stock_colds: list[float] = []
    firsts: list[dict] = []
    opened = []
    for attempt in range(repeat):
        for earlier in opened:
            earlier.close()
        stock_context = _context(playwright, profiles / f"stock-{attempt}", blocked)
        stock_page = stock_context.new_page()
        served.clear()
        stock_colds.append(_stock_boot(stock_page, url))
        stock_bytes = sum(s[1] for s in served if s[0].startswith(STOCK_DIR))
        context = _context(playwright, profiles / f"first-{attempt}", blocked)
        page = context.new_page()
        served.clear()
        _open(page, first)
        # What came before the editor showed; sizes are worked out once nothing is timed.
        served_first = list(served)
        firsts.append(_wait_ready(page))
        served_cold = list(served)
        opened = [stock_context, context]
    stock_cold = statistics.median(stock_colds)
    stock_warms: list[float] = []
    rows.append(("stock Pyodide boot, HTTP cache cold", f"{stock_cold:.0f} ms",
                 f"median of {repeat}; the npm core as shipped, in a worker: page load → ready"))
    stock_row = len(rows)
    ready = sorted(firsts, key=lambda r: r["at"])[len(firsts) // 2]
    rows.append(_boot_row("first visit, HTTP cache cold", ready) + (
        f"median of {repeat}; " + _ratio(ready["at"], stock_cold, GOALS["first"]),))
    runs = [_press(page, "Run") for _ in range(repeat)]
    rows.append(("Run → results, worker ready", f"{statistics.median(runs):.0f} ms",
                 f"median of {repeat}; goal < {RESULT_GOAL_MS} ms"))
    # A later problem page, reached by a link: the worker of the first page carries on.
    page.get_by_role("link", name="Next").first.click()
    page.wait_for_selector(f'[data-exercise]:not([data-exercise="{FIRST}"])'
                           '[data-exercise-runtime="ready"]', timeout=WAIT_MS)
    boots = page.evaluate("performance.getEntriesByName('exercise-runtime-ready').length")
    rows.append(("later problem page, by a link", "0 ms" if boots == 1 else "rebooted",
                 f"ready on arrival: {boots} boot(s) in the visit (instant navigation)"))
    stops = []
    for _ in range(repeat):
        stock_warms.append(_stock_boot(stock_page, url))
        stops.append(_ready_after_stop(page))
    stop_row = len(rows)

    slugs = load_hook("problems").load_problems(ROOT / "docs", ROOT / "snippets")
    submit_times = []
    for slug in slugs:
        _open(page, f"{url}problems/{slug}/")
        _wait_ready(page)
        _type(page, (ROOT / "snippets" / "problems" / slug / "solution.py").read_text())
        submits = [_press(page, "Submit") for _ in range(repeat)]
        submit_times.append(statistics.median(submits))
        rows.append((f"Submit → results, {slug}", f"{submit_times[-1]:.0f} ms",
                     f"median of {repeat}; goal < {RESULT_GOAL_MS} ms"))
    met = sum(ms < RESULT_GOAL_MS for ms in submit_times)
    rows.append(("Submit → results, slowest problem", f"{max(submit_times):.0f} ms",
                 f"{met} of {len(submit_times)} problems under {RESULT_GOAL_MS} ms"))

    # Repeat visit: the same context opens the page again (a full load, HTTP cache warm).
    repeats = []
    for _ in range(repeat):
        stock_warms.append(_stock_boot(stock_page, url))
        served.clear()
        _open(page, first)
        repeats.append(_wait_ready(page))
    warm = _split_bytes(served)
    stock_warm = statistics.median(stock_warms)
    middle = sorted(repeats, key=lambda r: r["at"])[len(repeats) // 2]
    rows.append(_boot_row("repeat visit, HTTP cache warm", middle) + (
        f"median of {repeat}; " + _ratio(middle["at"], stock_warm, GOALS["repeat"]),))
    rows.insert(stop_row, ("Stop on an endless loop → ready again",
                           f"{statistics.median(stops):.0f} ms",
                           f"median of {repeat}; " + _ratio(statistics.median(stops), stock_warm,
                                                            GOALS["stop"])))
    rows.insert(stock_row, ("stock Pyodide boot, HTTP cache warm", f"{stock_warm:.0f} ms",
                            f"median of {len(stock_warms)} reloads, each just before a timed "
                            "Stop or repeat visit"))
    context.close()
    stock_context.close()

    # Run before the worker is ready: clicked as soon as the editor shows (cold).
    context = _context(playwright, profiles / "second", blocked)
    page = context.new_page()
    _open(page, first)
    early = _press(page, "Run")
    rows.append(("Run → results, clicked before worker ready", f"{early:.0f} ms",
                 "cold cache; includes the rest of the boot"))
    context.close()

    before, cold = _split_bytes(served_first), _split_bytes(served_cold)
    kb = 1024
    rows.append(("problem page's own HTML+CSS+JS, editor shown",
                 f"{before['own'] / kb:.0f} KB",
                 f"cold, uncompressed as http.server sends it; {before['own_gzip'] / kb:.0f} KB "
                 f"gzipped; goal < {PAGE_GOAL_KB} KB"))
    rows.append(("+ the site's search index (JSON, every page)",
                 f"{before['search'] / kb:.0f} KB",
                 f"{before['search_gzip'] / kb:.0f} KB gzipped; fetched by Material's search"))
    editor = [x for x in served_first if x[0].endswith("vendor/editor.js")]
    theme = [x for x in served_first if x[0].startswith(("assets/javascripts/bundle",
                                                         "assets/stylesheets/main",
                                                         "assets/stylesheets/palette"))]
    rows.append(("  of which the editor bundle", f"{sum(x[1] for x in editor) / kb:.0f} KB",
                 f"{sum(_gz(x) for x in editor) / kb:.0f} KB gzipped"))
    rows.append(("  of which Material's theme CSS+JS", f"{sum(x[1] for x in theme) / kb:.0f} KB",
                 f"{sum(_gz(x) for x in theme) / kb:.0f} KB gzipped"))
    rows.append(("+ Python runtime (Pyodide core, stdlib bytecode, jaxlite)",
                 f"{cold['runtime'] / kb:.0f} KB", f"cold; {cold['runtime_gzip'] / kb:.0f} KB "
                 f"gzipped; total {(cold['own'] + cold['search'] + cold['runtime']) / kb:.0f} KB"))
    rows.append(("  extra over a stock core", f"{(cold['runtime'] - stock_bytes) / kb:+.0f} KB",
                 f"stock core {stock_bytes / kb:.0f} KB (wasm, JS, source stdlib, lock file)"))
    warm_total = warm["own"] + warm["search"] + warm["runtime"]
    rows.append(("bytes on a warm reload", f"{warm_total / kb:.0f} KB",
                 "warm cache (304s carry no body)"))
    rows.append(("requests to other origins", str(len(blocked)),
                 "made unresolvable in Chromium, and counted"))
    return rows


def _with_stock(site: Path) -> None:
    """Put the stock npm core and a page that boots it beside the built site."""
    stock = site / STOCK_DIR
    stock.mkdir(exist_ok=True)
    for name in STOCK_FILES:
        shutil.copy2(ROOT / "node_modules" / "pyodide" / name, stock / name)
    (stock / "index.html").write_text(STOCK_PAGE, encoding="utf-8")
    (stock / "stock-worker.js").write_text(STOCK_WORKER, encoding="utf-8")


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
        _with_stock(site)
        server, url = serve(site)
        from playwright.sync_api import sync_playwright

        try:
            with sync_playwright() as playwright:
                rows = measure(playwright, url, args.repeat, Path(tmp))
        finally:
            server.shutdown()
            shutil.rmtree(site / STOCK_DIR, ignore_errors=True)
    width = max(len(r[0]) for r in rows)
    print("\nIn-browser exercise (headless Chromium, 127.0.0.1)\n")
    print(f"| {'measure':<{width}} | value | notes |")
    print(f"| {'-' * width} | ---: | --- |")
    for name, value, note in rows:
        print(f"| {name:<{width}} | {value} | {note} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
