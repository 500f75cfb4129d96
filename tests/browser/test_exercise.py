"""The exercise widget in real Chromium: solving, failing, errors, stopping, saving, layout."""

from __future__ import annotations

import time

import jax
import jax.numpy as jnp
import pytest
from browser_support import BOOT_WAIT_MS, new_context, served_context
from course_helpers import ROOT
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

SLUGS = ["grad-of-quadratic", "grad-over-flat-params"]
# Git-ignored; kept after the run so a person can look at what the test saw.
SCREENSHOTS = ROOT / "screenshots"
RESULTS = ".exercise-results[data-exercise-outcome]"


# -----------------------------------------------------------------------------
# Helpers: what a learner does
# -----------------------------------------------------------------------------


def snippet(slug: str, name: str) -> str:
    return (ROOT / "snippets" / "problems" / slug / name).read_text(encoding="utf-8")


def open_problem(page, site_url: str, slug: str) -> None:
    """Open a problem page and wait until the editor is up and Python has booted."""
    page.goto(f"{site_url}problems/{slug}/")
    page.wait_for_selector(f'[data-exercise="{slug}"] .cm-content')
    page.wait_for_selector('[data-exercise-runtime="ready"]', timeout=BOOT_WAIT_MS)


def type_code(page, code: str) -> None:
    """Replace the editor's text by typing it as one insertion (no auto-indent on paste)."""
    page.locator(".exercise .cm-content").click()
    page.keyboard.press("Control+a")
    page.keyboard.press("Delete")
    page.keyboard.insert_text(code)


def editor_text(page) -> str:
    return page.locator(".exercise .cm-content").inner_text()


def press(page, name: str, wait: bool = True) -> None:
    """Click a button by its accessible name; wait for the results it produces."""
    page.evaluate("document.querySelector('.exercise-results')?.removeAttribute("
                  "'data-exercise-outcome')")
    page.get_by_role("button", name=name, exact=True).click()
    if wait:
        page.wait_for_selector(RESULTS, timeout=BOOT_WAIT_MS)


def results_text(page) -> str:
    return page.locator(".exercise-results").inner_text()


def statuses(page) -> list[str]:
    return page.locator(".exercise-case").evaluate_all("els => els.map(e => e.dataset.status)")


# -----------------------------------------------------------------------------
# Solving and failing each problem
# -----------------------------------------------------------------------------


@pytest.mark.parametrize("slug", SLUGS)
def test_reference_solution_solves_the_problem(page, site_url, slug):
    open_problem(page, site_url, slug)
    assert not page.locator(".exercise-solved-mark").is_visible()
    next_problem = page.locator(".exercise-next")
    assert not next_problem.is_visible()
    type_code(page, snippet(slug, "solution.py"))
    press(page, "Submit")
    results = statuses(page)
    assert len(results) >= 8 and set(results) == {"pass"}, results_text(page)
    assert "Problem solved" in results_text(page)
    assert page.locator(".exercise-solved-mark").is_visible()
    # Solved: the next problem in the suggested order is offered (the build test checks which).
    expect(next_problem).to_be_visible()
    link = next_problem.get_by_role("link")
    assert link.inner_text() == page.get_attribute(".exercise", "data-exercise-next-title")
    assert link.get_attribute("href") == page.get_attribute(
        ".exercise", "data-exercise-next-href")
    # Solving reveals the reference solution without asking.
    assert page.locator(".exercise-solution").is_visible()
    assert page.dialogs == []


@pytest.mark.parametrize("slug", SLUGS)
def test_starter_fails_every_check_with_a_diagnostic(page, site_url, slug):
    open_problem(page, site_url, slug)
    # A fresh visit starts from the starter.
    assert "NotImplementedError" in editor_text(page)
    press(page, "Submit")
    results = statuses(page)
    assert len(results) >= 8 and set(results) == {"fail"}
    errors = page.locator(".exercise-case .exercise-error").all_inner_texts()
    assert len(errors) == len(results)
    assert all("NotImplementedError" in text and '"<exercise>", line' in text for text in errors)
    assert not page.locator(".exercise-solved-mark").is_visible()


def test_run_shows_examples_and_printed_output(page, site_url):
    slug = "grad-of-quadratic"
    open_problem(page, site_url, slug)
    type_code(page, snippet(slug, "solution.py") + '\nprint("hello from the learner")\n')
    press(page, "Run")
    text = results_text(page)
    assert "hello from the learner" in text
    assert statuses(page) == ["pass", "pass"]
    assert str(jax.grad(lambda w: jnp.sum((w * jnp.array([1.0, 2.0]) + 1.0) ** 2))(0.0)) in text


def test_ctrl_enter_runs_from_the_editor(page, site_url):
    open_problem(page, site_url, "grad-of-quadratic")
    page.locator(".exercise .cm-content").click()
    page.keyboard.press("Control+Enter")
    page.wait_for_selector(RESULTS, timeout=BOOT_WAIT_MS)
    assert statuses(page) == ["fail", "fail"]
    # Ctrl+Shift+Enter submits: every check case, counted as an attempt.
    page.keyboard.press("Control+Shift+Enter")
    expect(page.locator(".exercise-attempts")).to_have_text("1 submission")
    page.wait_for_function("document.querySelectorAll('.exercise-case').length >= 8",
                           timeout=BOOT_WAIT_MS)
    assert set(statuses(page)) == {"fail"}


def test_editor_indents_python(page, site_url):
    page.goto(f"{site_url}problems/grad-of-quadratic/")
    page.locator(".exercise .cm-content").click()
    page.keyboard.press("Control+a")
    page.keyboard.press("Delete")
    # Auto-indent after a colon, and Tab indents by four spaces.
    page.keyboard.type("def f(x):\nreturn x\n")
    page.keyboard.press("Tab")
    page.keyboard.type("# tabbed")
    lines = editor_text(page).split("\n")
    assert lines[0] == "def f(x):" and lines[1] == "    return x", lines
    assert lines[2].endswith("# tabbed") and lines[2].startswith("        "), lines


# -----------------------------------------------------------------------------
# Diagnostics and errors
# -----------------------------------------------------------------------------


def test_wrong_shape_is_diagnosed(page, site_url):
    slug = "grad-over-flat-params"
    open_problem(page, site_url, slug)
    wrong = snippet(slug, "solution.py").replace(
        "return jax.grad(loss)(flat_params)", "return jax.grad(loss)(flat_params)[:-1]"
    )
    type_code(page, wrong)
    press(page, "Submit")
    assert set(statuses(page)) == {"fail"}
    diagnostics = page.locator(".exercise-diagnostic").all_inner_texts()
    assert any("wrong shape: expected (4,), got (3,)" in d for d in diagnostics), diagnostics


def test_wrong_values_show_expected_got_worst_and_tolerance(page, site_url):
    slug = "grad-of-quadratic"
    open_problem(page, site_url, slug)
    type_code(page, snippet(slug, "solution.py").replace("return jax.grad(loss)(w)",
                                                          "return 2 * jax.grad(loss)(w)"))
    press(page, "Submit")
    text = results_text(page)
    assert "fail" in statuses(page)
    assert "wrong values" in text and "expected" in text and "got" in text
    assert "tolerance: |got - expected| <= 1e-06 + 1e-05 * |expected|" in text


def test_non_scalar_grad_shows_jax_error_text(page, site_url):
    open_problem(page, site_url, "grad-of-quadratic")
    code = (
        "import jax\nimport jax.numpy as jnp\n\n\n"
        "def grad_of_quadratic(w, b, x):\n"
        "    return jax.grad(lambda w: (w * x + b) ** 2)(w)\n"
    )
    type_code(page, code)
    press(page, "Run")
    with pytest.raises(TypeError) as error:
        x = jnp.array([1.0, 2.0])
        jax.grad(lambda w: (w * x + 1.0) ** 2)(0.0)
    errors = page.locator(".exercise-error").all_inner_texts()
    assert errors and f"TypeError: {error.value}" in errors[0], errors
    # The traceback is trimmed to the learner's lines, numbered as in the editor.
    assert 'File "<exercise>", line 6, in grad_of_quadratic' in errors[0]
    assert "jaxlite" not in errors[0]


def test_syntax_error_points_at_its_line(page, site_url):
    open_problem(page, site_url, "grad-of-quadratic")
    type_code(page, "import jax\n\n\ndef grad_of_quadratic(w, b, x)\n    return w\n")
    press(page, "Run")
    text = page.locator(".exercise-error").inner_text()
    assert 'File "<exercise>", line 4' in text and "SyntaxError" in text, text


def test_output_is_text_never_html(page, site_url):
    open_problem(page, site_url, "grad-of-quadratic")
    payload = "<img src=x onerror=alert(1)>"
    type_code(page, f'print("{payload}")\n')
    press(page, "Run")
    assert payload in page.locator(".exercise-output").inner_text()
    assert page.locator(".exercise-results img").count() == 0
    assert page.dialogs == []


def test_huge_output_is_truncated_with_a_note(page, site_url):
    open_problem(page, site_url, "grad-of-quadratic")
    type_code(page, 'for i in range(200_000):\n    print("line", i)\n')
    press(page, "Run")
    assert "Output truncated" in results_text(page)
    assert len(page.locator(".exercise-output").inner_text()) <= 20_100


# -----------------------------------------------------------------------------
# Runaway code
# -----------------------------------------------------------------------------


def test_infinite_loop_is_stopped_by_the_time_limit_and_next_run_works(page, site_url):
    slug = "grad-of-quadratic"
    open_problem(page, site_url, slug)
    limit = float(page.get_attribute("[data-exercise]", "data-exercise-time-limit"))
    type_code(page, "while True:\n    pass\n")
    started = time.monotonic()
    press(page, "Run", wait=False)
    # The criterion: stopped within the limit + 2 s.
    page.wait_for_selector('[data-exercise-outcome="stopped"]', timeout=(limit + 2) * 1000)
    assert time.monotonic() - started <= limit + 2
    assert f"longer than the {limit:g} s limit" in results_text(page)
    # The page stayed responsive, and Python restarts for the next run.
    assert page.evaluate("1 + 1") == 2
    type_code(page, snippet(slug, "solution.py"))
    press(page, "Run")
    assert statuses(page) == ["pass", "pass"]


def test_stop_button_ends_a_run_at_once(page, site_url):
    open_problem(page, site_url, "grad-of-quadratic")
    type_code(page, "while True:\n    pass\n")
    press(page, "Run", wait=False)
    stop = page.get_by_role("button", name="Stop", exact=True)
    page.wait_for_function("!document.querySelector('.exercise-button[title^=\"Stop\"]')"
                           ".disabled")
    stop.click()
    page.wait_for_selector('[data-exercise-outcome="stopped"]', timeout=2000)
    assert "Stopped." in results_text(page)
    page.wait_for_selector('[data-exercise-runtime="ready"]', timeout=BOOT_WAIT_MS)
    type_code(page, 'print("alive")\n')
    press(page, "Run")
    assert "alive" in results_text(page)


def _boots(page) -> int:
    return page.evaluate("performance.getEntriesByName('exercise-runtime-ready').length")


def test_one_worker_lasts_three_navigations_on_another_origin(browser, built_site):
    # A server of its own on a new port: no origin is baked into the build (hooks/site_url.py).
    with served_context(browser, built_site) as (context, url):
        page = context.new_page()
        open_problem(page, url, "grad-of-quadratic")
        page.evaluate("window.visitMarker = 7")
        # A sidebar link, the footer's Next link, a tutorial, then the browser's Back button.
        page.get_by_role("link", name="Gradient over pytree params").first.click()
        page.wait_for_selector('[data-exercise="grad-over-flat-params"][data-exercise-runtime='
                               '"ready"]')
        page.get_by_role("link", name="Next").first.click()
        page.wait_for_selector('[data-exercise]:not([data-exercise="grad-over-flat-params"])'
                               '[data-exercise-runtime="ready"]')
        page.get_by_role("link", name="Checking gradients").first.click()
        page.wait_for_url("**/learn/checking-gradients/")
        page.go_back()
        page.wait_for_selector('[data-exercise]:not([data-exercise="grad-over-flat-params"])'
                               '[data-exercise-runtime="ready"]')
        slug = page.get_attribute("[data-exercise]", "data-exercise")
        assert page.evaluate("window.visitMarker") == 7, "a navigation reloaded the page"
        assert _boots(page) == 1, "Python booted again"
        type_code(page, snippet(slug, "solution.py"))
        press(page, "Run")
        assert statuses(page) == ["pass", "pass"]
        assert context.guard.blocked == []


def test_leaving_a_page_ends_its_run(page, site_url):
    open_problem(page, site_url, "grad-of-quadratic")
    type_code(page, "while True:\n    pass\n")
    press(page, "Run", wait=False)
    page.wait_for_selector('[data-exercise-running="true"]')
    page.get_by_role("link", name="Gradient over pytree params").first.click()
    page.wait_for_selector('[data-exercise="grad-over-flat-params"] .cm-content')
    # The endless loop ended with its page: Python is free at once, not after a time limit.
    page.wait_for_selector('[data-exercise-runtime="ready"]', timeout=BOOT_WAIT_MS)
    type_code(page, snippet("grad-over-flat-params", "solution.py"))
    press(page, "Run")
    assert statuses(page) == ["pass", "pass"]
    assert "still running" not in results_text(page)
    assert page.get_by_role("button", name="Stop", exact=True).is_disabled()


# -----------------------------------------------------------------------------
# Saved progress, reset, reveal, hints, index
# -----------------------------------------------------------------------------


def test_code_survives_reload_and_instant_navigation(page, site_url):
    open_problem(page, site_url, "grad-of-quadratic")
    type_code(page, "# my own attempt\nx = 1\n")
    page.reload()
    page.wait_for_selector(".exercise .cm-content")
    assert "# my own attempt" in editor_text(page)
    # Material's instant navigation: the page is swapped without a reload.
    page.evaluate("window.instantMarker = 42")
    page.get_by_role("link", name="Gradient over pytree params").first.click()
    page.wait_for_selector('[data-exercise="grad-over-flat-params"] .cm-content')
    page.get_by_role("link", name="Gradient with jax.grad").first.click()
    page.wait_for_selector('[data-exercise="grad-of-quadratic"] .cm-content')
    assert page.evaluate("window.instantMarker") == 42
    assert "# my own attempt" in editor_text(page)


def test_reset_asks_restores_the_starter_and_can_be_undone(page, site_url):
    slug = "grad-of-quadratic"
    open_problem(page, site_url, slug)
    type_code(page, "# keep me\n")
    page.dialog_answers = [False]
    page.get_by_role("button", name="Reset", exact=True).click()
    assert "# keep me" in editor_text(page)
    page.dialog_answers = [True]
    page.get_by_role("button", name="Reset", exact=True).click()
    assert "NotImplementedError" in editor_text(page) and "# keep me" not in editor_text(page)
    assert len(page.dialogs) == 2 and "undo" in page.dialogs[0].lower()
    page.get_by_role("button", name="Undo reset", exact=True).click()
    assert "# keep me" in editor_text(page)
    assert not page.get_by_role("button", name="Undo reset", exact=True).is_visible()


def test_solution_reveal_asks_and_counts_attempts(page, site_url):
    open_problem(page, site_url, "grad-of-quadratic")
    press(page, "Submit")
    press(page, "Submit")
    page.dialog_answers = [True]
    page.get_by_role("button", name="Show solution", exact=True).click()
    assert "submitted 2 times" in page.dialogs[0]
    assert "jax.grad(loss)(w)" in page.locator(".exercise-solution").inner_text()


def test_hints_open_one_at_a_time(page, site_url):
    open_problem(page, site_url, "grad-of-quadratic")
    hints = page.locator("#hints ~ details")
    assert hints.count() == 3
    # The browser fires "toggle" after the click returns: wait for its effect.
    expect(hints.nth(0)).to_be_visible()
    expect(hints.nth(1)).to_be_hidden()
    hints.nth(0).locator("summary").click()
    expect(hints.nth(1)).to_be_visible()
    expect(hints.nth(2)).to_be_hidden()


def test_problems_index_shows_progress(page, site_url):
    slug = "grad-of-quadratic"
    open_problem(page, site_url, slug)
    type_code(page, snippet(slug, "solution.py"))
    press(page, "Submit")
    open_problem(page, site_url, "grad-over-flat-params")
    press(page, "Submit")
    page.goto(f"{site_url}problems/")
    marks = page.locator(".exercise-progress")
    marks.first.wait_for()
    texts = dict(zip(
        marks.evaluate_all("els => els.map(e => e.dataset.exerciseProgressSlug)"),
        marks.all_inner_texts(), strict=True,
    ))
    assert texts == {slug: "✓ solved", "grad-over-flat-params": "attempted (1)"}


def test_catalogue_filters_and_counts_solved(page, site_url):
    slug = "grad-of-quadratic"
    open_problem(page, site_url, slug)
    type_code(page, snippet(slug, "solution.py"))
    press(page, "Submit")
    page.goto(f"{site_url}problems/")
    # The site's navigation marks the solved problem, and only it.
    marked = page.locator("a.md-nav__link:has(.exercise-nav-solved)")
    expect(marked.first).to_be_attached()
    hrefs = set(marked.evaluate_all("links => links.map(a => a.href)"))
    assert hrefs == {f"{site_url}problems/{slug}/"}, hrefs
    rows = page.locator("tr[data-problem]")
    total = rows.count()
    summary = page.locator(".catalogue-summary")
    expect(summary).to_have_text(f"Solved 1 of {total} problems")
    search = page.get_by_role("searchbox")
    search.fill("Gradient over pytree params")
    expect(page.locator("tr[data-problem]:visible")).to_have_count(1)
    expect(summary).to_have_text(f"Solved 1 of {total} problems · showing 1")
    # The search also finds a problem by the JAX functions it practises, whatever its title.
    for query, function, slug in (("vmap", "jax.vmap", "per-example-gradients"),
                                  ("tree_map", "jax.tree.map", "sgd-step-tree-map"),
                                  ("jvp", "jax.jvp", "hessian-vector-product")):
        search.fill(query)
        using = page.locator(f'tr[data-problem][data-uses~="{function}"]').count()
        assert using >= 1, function
        expect(page.locator(f'tr[data-problem="{slug}"]')).to_be_visible()
        assert page.locator("tr[data-problem]:visible").count() >= using
    search.fill("")
    page.get_by_label("Difficulty").select_option("easy")
    easy = page.locator("tr[data-problem][data-difficulty=easy]").count()
    expect(page.locator("tr[data-problem]:visible")).to_have_count(easy)
    page.get_by_label("Difficulty").select_option("")
    page.get_by_label("Category").select_option("primitives")
    primitives = page.locator("tr[data-problem][data-category=primitives]").count()
    expect(page.locator("tr[data-problem]:visible")).to_have_count(primitives)


# A browser whose storage refuses every write, as when it is full.
REFUSING_STORAGE = """Storage.prototype.setItem = function () {
  throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
};"""


def test_storage_that_refuses_writes_is_said_and_the_exercise_still_works(page, site_url):
    slug = "grad-of-quadratic"
    page.add_init_script(REFUSING_STORAGE)
    open_problem(page, site_url, slug)
    note = page.locator(".exercise-storage")
    expect(note).to_be_visible()
    assert "would not save your code" in note.inner_text()
    type_code(page, snippet(slug, "solution.py"))
    press(page, "Submit")
    assert set(statuses(page)) == {"pass"}
    assert page.locator(".exercise-solved-mark").is_visible()
    # With working storage the note never shows.
    other = page.context.new_page()
    other.goto(f"{site_url}problems/{slug}/")
    other.wait_for_selector(f'[data-exercise="{slug}"] .cm-content')
    assert other.locator(".exercise-storage").count() == 1
    assert not other.locator(".exercise-storage").is_visible()


def test_page_says_where_code_runs(page, site_url):
    open_problem(page, site_url, "grad-of-quadratic")
    about = page.locator(".exercise-about").first.inner_text()
    assert "jaxlite" in about and "re-implementation of JAX" in about
    assert f"real JAX {jax.__version__}" in about


def test_buttons_have_accessible_names_and_results_are_live(page, site_url):
    open_problem(page, site_url, "grad-of-quadratic")
    for name in ("Run", "Submit", "Stop", "Reset"):
        assert page.get_by_role("button", name=name, exact=True).count() == 1
    assert page.get_attribute(".exercise-results", "aria-live") == "polite"
    # Keyboard only: from the editor, Escape then Tab reaches the buttons.
    page.locator(".exercise .cm-content").click()
    page.keyboard.press("Escape")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    page.wait_for_selector(RESULTS, timeout=BOOT_WAIT_MS)
    assert statuses(page) == ["fail", "fail"]
    # The button was disabled while the code ran; the focus is back on it, so Enter reruns.
    assert page.evaluate("document.activeElement.textContent") == "Run"


# -----------------------------------------------------------------------------
# Layout: dark palette, small screen
# -----------------------------------------------------------------------------


def _luminance(rgb: str) -> float:
    parts = [float(x) for x in rgb[rgb.index("(") + 1 : rgb.index(")")].split(",")[:3]]
    return sum(parts) / (3 * 255)


@pytest.mark.parametrize(
    ("name", "options"),
    [
        ("light", {"viewport": {"width": 1280, "height": 900}, "color_scheme": "light"}),
        ("dark", {"viewport": {"width": 1280, "height": 900}, "color_scheme": "dark"}),
        ("375px", {"viewport": {"width": 375, "height": 812}, "color_scheme": "light"}),
    ],
)
def test_screenshot_shows_editor_and_buttons(browser, site_url, name, options):
    context = new_context(browser, **options)
    try:
        page = context.new_page()
        open_problem(page, site_url, "grad-of-quadratic")
        widget = page.locator(".exercise")
        widget.scroll_into_view_if_needed()
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOTS / f"exercise-{name}.png"
        widget.screenshot(path=str(path))
        assert path.stat().st_size > 5000
        width = options["viewport"]["width"]
        for locator in (page.locator(".exercise .cm-editor"),
                        *(page.get_by_role("button", name=n, exact=True)
                          for n in ("Run", "Submit", "Stop", "Reset"))):
            box = locator.bounding_box()
            assert box and box["width"] > 0 and box["height"] > 0
            assert box["x"] >= 0 and box["x"] + box["width"] <= width + 1, (name, box)
        background = page.locator(".exercise .cm-editor").evaluate(
            "e => getComputedStyle(e).backgroundColor")
        assert (_luminance(background) < 0.35) == (name == "dark"), background
    finally:
        blocked = context.guard.blocked
        context.close()
    assert blocked == []


@pytest.mark.parametrize("when", ["while Python starts", "once Python is ready"])
def test_site_search_works_on_a_problem_page(page, site_url, when):
    # On a problem page opened first, Material's search worker waits for Python before it
    # builds its index; a search typed meanwhile must start it, and one typed later must find.
    page.goto(f"{site_url}problems/grad-of-quadratic/")
    if when == "while Python starts":
        assert page.get_attribute("[data-exercise-runtime]", "data-exercise-runtime") == "starting"
    else:
        page.wait_for_selector('[data-exercise-runtime="ready"]', timeout=BOOT_WAIT_MS)
        # Told by the page as Python became ready, not by its own time limit of 5 s.
        (held,) = [w for w in page.workers if "search-later.js" in w.url]
        held.evaluate("new Promise((resolve) => setTimeout(resolve, 500))")
        assert held.evaluate("started")
    search = page.locator(".md-search__input")
    search.click()
    # Typed key by key, as Material's search listens for keys.
    search.press_sequentially("hessian")
    found = page.locator(".md-search-result__item")
    expect(found.first).to_be_visible(timeout=BOOT_WAIT_MS)
    assert "Hessian" in page.locator(".md-search-result").inner_text()
