"""The playground: code from a #code= link, run on jaxlite only when asked, printing what real
JAX prints; Stop, Reset, the saved code and the link it makes."""

from __future__ import annotations

import base64
import contextlib
import io
import re

import pytest
from browser_support import BOOT_WAIT_MS
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

OUTPUT = "[data-playground] .exercise-results"
DONE = "[data-playground] .exercise-results[data-playground-outcome]"

# Exact float32 arithmetic (sums and products of small binary fractions), so jaxlite and real
# JAX print the same digits; and text outside ASCII, which the link must carry intact.
PROGRAM = """import jax
import jax.numpy as jnp

def loss(w, x):
    return jnp.sum((w * x - 1.0) ** 2)

w = jnp.array([0.5, -1.0, 2.0])
x = jnp.arange(3.0)
print(loss(w, x))
print(jax.grad(loss)(w, x))
print(jax.vmap(jax.grad(lambda t: t ** 3))(w))
print(jax.value_and_grad(loss, argnums=1)(w, x))
print("Übung ✓")
"""


def link_code(code: str) -> str:
    """base64url of the UTF-8 bytes without padding, made here without the page's code."""
    return base64.urlsafe_b64encode(code.encode("utf-8")).decode("ascii").rstrip("=")


def real_jax_prints(code: str) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, "<playground>", "exec"), {"__name__": "__main__"})  # noqa: S102
    return out.getvalue()


def open_playground(page, url: str) -> None:
    page.goto(url)
    page.wait_for_selector("[data-playground] .cm-content")
    page.wait_for_selector('[data-playground-runtime="ready"]', timeout=BOOT_WAIT_MS)


def editor_text(page) -> str:
    # Line by line: innerText of the editor doubles the newline of an empty line.
    return page.locator("[data-playground] .cm-line").evaluate_all(
        "lines => lines.map(line => line.textContent).join('\\n')")


def run(page) -> None:
    page.get_by_role("button", name="Run", exact=True).click()
    page.wait_for_selector(DONE, timeout=BOOT_WAIT_MS)


def test_code_from_a_link_waits_for_run_then_prints_what_real_jax_prints(page, site_url):
    open_playground(page, f"{site_url}playground/#code={link_code(PROGRAM)}")
    assert editor_text(page).rstrip("\n") == PROGRAM.rstrip("\n")
    # Loaded, not run: a link must never run code its reader has not seen.
    expect(page.locator(OUTPUT)).to_contain_text("press Run to run it")
    assert page.locator(f"{OUTPUT} .exercise-output").count() == 0
    run(page)
    printed = page.locator(f"{OUTPUT} .exercise-output").inner_text()
    assert printed.rstrip("\n") == real_jax_prints(PROGRAM).rstrip("\n")
    assert page.get_attribute(OUTPUT, "aria-live") == "polite"


def test_an_error_shows_the_learners_traceback(page, site_url):
    code = "import jax\n\nprint('before')\njax.grad(lambda x: x * x)(1)\n"
    open_playground(page, f"{site_url}playground/#code={link_code(code)}")
    run(page)
    assert page.get_attribute(OUTPUT, "data-playground-outcome") == "error"
    assert page.locator(f"{OUTPUT} .exercise-output").inner_text().strip() == "before"
    error = page.locator(f"{OUTPUT} .exercise-error").inner_text()
    with pytest.raises(TypeError) as real:
        import jax

        jax.grad(lambda x: x * x)(1)
    assert f"TypeError: {real.value}" in error
    assert ", line 4, in <module>" in error


def test_stop_ends_an_endless_loop_and_python_runs_again(page, site_url):
    code = "while True:\n    pass\n"
    open_playground(page, f"{site_url}playground/#code={link_code(code)}")
    page.get_by_role("button", name="Run", exact=True).click()
    page.wait_for_selector('[data-playground-running="true"]')
    page.get_by_role("button", name="Stop", exact=True).click()
    page.wait_for_selector(DONE, timeout=BOOT_WAIT_MS)
    assert page.get_attribute(OUTPUT, "data-playground-outcome") == "stopped"
    page.locator("[data-playground] .cm-content").click()
    page.keyboard.press("Control+a")
    page.keyboard.insert_text("print(6 * 7)\n")
    page.wait_for_selector('[data-playground-runtime="ready"]', timeout=BOOT_WAIT_MS)
    run(page)
    assert page.locator(f"{OUTPUT} .exercise-output").inner_text().strip() == "42"


def test_copy_link_carries_the_code_and_the_code_is_kept(page, site_url):
    open_playground(page, f"{site_url}playground/")
    example = editor_text(page)
    code = "import jax.numpy as jnp\nprint(jnp.ones(2) * 3)  # é\n"
    page.locator("[data-playground] .cm-content").click()
    page.keyboard.press("Control+a")
    page.keyboard.insert_text(code)
    page.get_by_role("button", name="Copy link", exact=True).click()
    expect(page.locator(".playground-link")).to_be_visible()
    address = page.evaluate("location.href")
    assert address == f"{site_url}playground/#code={link_code(code)}"
    assert page.locator(".playground-link a").get_attribute("href") == address
    # Kept in this browser: a plain visit shows the latest code.
    open_playground(page, f"{site_url}playground/")
    assert editor_text(page).rstrip("\n") == code.rstrip("\n")
    # Reset goes back to the starting example.
    page.get_by_role("button", name="Reset", exact=True).click()
    assert editor_text(page) == example


def test_a_broken_link_says_so_and_loads_nothing(page, site_url):
    open_playground(page, f"{site_url}playground/#code=%%%")
    expect(page.locator(OUTPUT)).to_contain_text("The code in the address was not loaded")
    assert re.search(r"loss|print", editor_text(page))


def test_storage_that_refuses_writes_is_said_and_the_playground_still_runs(page, site_url):
    page.add_init_script("""Storage.prototype.setItem = function () {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };""")
    open_playground(page, f"{site_url}playground/#code={link_code('print(2 ** 10)')}")
    expect(page.locator("[data-playground] .exercise-storage")).to_be_visible()
    run(page)
    assert page.locator(f"{OUTPUT} .exercise-output").inner_text().strip() == "1024"
