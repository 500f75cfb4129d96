"""The built site: real outputs where they belong, the footer, no external requests, no leaks."""

from __future__ import annotations

import html as html_module
import re
from pathlib import Path

import jax
import jax.numpy as jnp
import pytest
from course_helpers import ROOT, load_hook

pytestmark = pytest.mark.build

HIDDEN_TESTS = sorted((ROOT / "tests" / "problems").glob("test_*.py"))


def _html(site: Path, page: str) -> str:
    return (site / page / "index.html").read_text(encoding="utf-8")


def _text(html: str) -> str:
    """Visible text, roughly: tags dropped and entities that outputs use decoded."""
    return html_module.unescape(re.sub(r"<[^>]+>", "", html))


def test_every_page_has_the_footer(built_site):
    footer = load_hook("jax_version").footer_line()
    assert f"JAX {jax.__version__}" in footer
    pages = sorted(built_site.rglob("*.html"))
    assert len(pages) >= 7
    for page in pages:
        assert footer in page.read_text(encoding="utf-8"), page


def test_tutorial_shows_real_outputs(built_site):
    text = _text(_html(built_site, "learn/taking-gradients"))
    grad = jax.grad
    for value in (
        grad(jnp.tanh)(2.0),
        grad(grad(jnp.tanh))(2.0),
        grad(grad(grad(jnp.tanh)))(2.0),
    ):
        assert str(value) in text
    assert "order 4: 0.0" in text
    assert "value from value_and_grad:" in text
    assert "first and second derivatives agree with finite differences" in text


def test_reference_shows_each_parameter_executed(built_site):
    html = _html(built_site, "reference/grad")
    text = _text(html)
    for parameter in ("fun", "argnums", "has_aux", "holomorphic", "allow_int", "reduce_axes"):
        assert f'id="{parameter}"' in html, parameter
    with pytest.raises(NotImplementedError) as error:
        jax.grad(jnp.sum, reduce_axes=("batch",))(jnp.ones(3))
    assert f"NotImplementedError: {error.value}" in text
    assert "Gradient only defined for scalar-output functions. Output had shape: (1,)." in text
    assert str(jax.grad(lambda z: z**3, holomorphic=True)(1.0 + 1.0j)) in text
    assert "True ()" in text  # the integer argument's gradient: dtype float0, shape ()



def _error_text(call) -> str:
    """What a page prints for an error it catches on purpose: `Type: message`."""
    try:
        call()
    except Exception as error:  # noqa: BLE001 - any error is the value under test
        return f"{type(error).__name__}: {error}"
    raise AssertionError("the call was expected to raise")


def test_transformation_references_show_real_outputs(built_site):
    jacobians = _html(built_site, "reference/jacobians")
    for parameter in ("fun", "argnums", "has_aux", "holomorphic", "allow_int"):
        assert f'id="{parameter}"' in jacobians, parameter

    def polar_to_xy(p):
        return jnp.array([p[0] * jnp.cos(p[1]), p[0] * jnp.sin(p[1]), p[0]])

    text = _text(jacobians)
    assert str(jax.jacfwd(polar_to_xy)(jnp.array([2.0, 0.5]))) in text

    text = _text(_html(built_site, "reference/jvp-vjp"))
    area = lambda w, h: w * h  # noqa: E731 - the page's function, in one line
    assert str(jax.jvp(area, (2.0, 3.0), (1.0, 1.0))) in text
    assert _error_text(lambda: jax.jvp(jnp.sin, (1.0,), (1,))) in text

    vmap = _html(built_site, "reference/vmap")
    for parameter in ("in_axes", "out_axes", "axis_size"):
        assert f'id="{parameter}"' in vmap, parameter
    x = jnp.array([[0.0, 1.0], [2.0, 3.0], [4.0, 5.0]])
    assert str(jax.vmap(jnp.sum, in_axes=1)(x)) in _text(vmap)
    assert _error_text(lambda: jax.vmap(jnp.sum, in_axes=2)(x)) in _text(vmap)

    text = _text(_html(built_site, "reference/stop-gradient"))
    assert str(jax.grad(lambda x: x * jax.lax.stop_gradient(x))(3.0)) in text
    assert str(jax.value_and_grad(lambda x: jax.lax.stop_gradient(x) ** 2)(3.0)) in text


def test_problem_pages_follow_the_layout(built_site, problems_hook):
    problems = problems_hook.load_problems(ROOT / "docs", ROOT / "snippets")
    for slug, problem in problems.items():
        html = _html(built_site, f"problems/{slug}")
        positions = [html.find(f">{section}<") for section in problems_hook.SECTIONS]
        assert -1 not in positions and positions == sorted(positions), slug
        # Tags: difficulty and category.
        for tag in (problem.difficulty, problem.category):
            assert re.search(rf'class="md-tag[^"]*"[^>]*>\s*{tag}\s*<', html), (slug, tag)
        # The examples' outputs come from running the reference solution now.
        solution = problem.load("solution.py")
        text = _text(html)
        for example in problem.examples:
            assert example.call in text
            assert str(solution(**example.kwargs)) in text
        # Pitfalls run the mistake: at least one shows the error JAX raises; the others may
        # show the wrong numbers a silent mistake gives, next to the right ones.
        assert text.count("Error: ") >= 1, slug


def test_problems_index_lists_every_problem(built_site, problems_hook):
    text = _text(_html(built_site, "problems"))
    for problem in problems_hook.load_problems(ROOT / "docs", ROOT / "snippets").values():
        assert re.search(
            rf"{re.escape(problem.title)}\s*(uses [^\n]*?)?\s*{problem.difficulty}\s*"
            rf"{problem.category}", text
        ), problem.slug


def test_playground_says_what_runs_there_and_starts_python_early(built_site):
    page = _html(built_site, "playground")
    assert "data-playground" in page
    text = _text(page)
    for words in ("jaxlite", "float32", "NumPy is not available", "#code="):
        assert words in text, words
    assert 'href="../reference/jaxlite/"' in page
    # Python boots from the head, as on the problem pages, before exercise.js mounts.
    head = page[:page.index("</head>")]
    assert "assets/exercise/worker.js" in head


def test_home_page_names_the_jax_version(built_site):
    text = _text((built_site / "index.html").read_text(encoding="utf-8"))
    assert f"{jax.__version__} {jax.default_backend()}" in text


def test_no_request_leaves_the_site(built_site):
    # Every script, stylesheet, image and font the pages load must come from the site itself.
    fetch = re.compile(
        r"<(?:script|img|iframe)[^>]*\bsrc=\"([^\"]+)\"|<link[^>]*\bhref=\"([^\"]+)\""
    )
    for page in built_site.rglob("*.html"):
        for match in fetch.finditer(page.read_text(encoding="utf-8")):
            url = match.group(1) or match.group(2)
            tag = match.group(0)
            if 'rel="canonical"' in tag or 'rel="alternate"' in tag:
                continue
            assert not re.match(r"(https?:)?//", url), f"{page}: {url}"
    for css in built_site.rglob("*.css"):
        assert not re.search(r"url\(\s*[\"']?(https?:)?//", css.read_text(encoding="utf-8")), css


def _hidden_lines() -> set[str]:
    """Distinctive lines of the hidden tests: long enough not to occur by chance."""
    lines = set()
    for path in HIDDEN_TESTS:
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if len(line) >= 30 and not line.startswith(("import ", "from ", "#", "@")):
                lines.add(line)
    return lines


def _leaks(site: Path) -> list[tuple[str, str]]:
    lines = _hidden_lines()
    names = {path.stem for path in HIDDEN_TESTS}
    found = []
    for path in site.rglob("*"):
        if path.is_file():
            content = path.read_text(encoding="utf-8", errors="replace")
            found += [(str(path), line) for line in lines | names if line in content]
    return found


def test_hidden_tests_are_never_published(built_site):
    assert HIDDEN_TESTS and len(_hidden_lines()) > 10
    assert _leaks(built_site) == []


def test_leak_check_catches_a_leak(tmp_path):
    # The check above must be able to fail: plant one hidden line in a fake site.
    line = sorted(_hidden_lines())[0]
    (tmp_path / "page.html").write_text(f"<pre>{line}</pre>", encoding="utf-8")
    assert _leaks(tmp_path) == [(str(tmp_path / "page.html"), line)]
