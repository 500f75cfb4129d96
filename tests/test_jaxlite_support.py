"""The jaxlite support page: its lists agree with what jaxlite really does, and follow its edits."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType, SimpleNamespace

import pytest
from course_helpers import ROOT, load_hook
from mkdocs.exceptions import PluginError

# The modules the course promises to list; jaxlite may bind more.
PROMISED = ("jax", "jax.numpy", "jax.nn", "jax.lax", "jax.random", "jax.tree_util", "jax.tree",
            "jax.scipy.special", "jax.test_util", "jax.numpy.linalg")

# Runs in a bare Python bound to jaxlite, as in the browser, and checks each name by using it:
# a provided name must be there and, called, must not say that it is unavailable; a missing one
# must raise on access, or be a placeholder that raises NotImplementedError when called.
_ORACLE = """
import inspect, json, sys
sys.path.insert(0, sys.argv[1])
import jaxlite
jaxlite.install()

def call(function):
    # Placeholders ignore their arguments, so None for each required one reaches the raise.
    required = [p for p in inspect.signature(function).parameters.values()
                if p.default is p.empty and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    return function(*[None] * len(required))

wrong = []
for module_name, (provided, missing) in json.load(sys.stdin).items():
    module = sys.modules[module_name]
    for name in provided:
        try:
            value = getattr(module, name)
        except Exception as error:
            wrong.append(f"{module_name}.{name} is listed as provided but raises {error!r}")
            continue
        if not inspect.isfunction(value):
            continue
        try:
            call(value)
        except NotImplementedError as error:
            if str(error).startswith(f"{module_name}.{name} is not available"):
                wrong.append(f"{module_name}.{name} is listed as provided but only raises")
        except Exception:
            pass
    for name in missing:
        try:
            value = getattr(module, name)
        except (NotImplementedError, AttributeError):
            continue
        try:
            call(value)
        except NotImplementedError:
            continue
        except Exception as error:
            wrong.append(f"{module_name}.{name} is listed as missing but works: {error!r}")
        else:
            wrong.append(f"{module_name}.{name} is listed as missing but returns a value")
print(json.dumps(wrong))
"""


@pytest.fixture(scope="module")
def hook() -> ModuleType:
    return load_hook("jaxlite_support")


@pytest.fixture(scope="module")
def support(hook: ModuleType) -> dict[str, object]:
    return {module.name: module for module in hook.collect_support(ROOT)}


@pytest.fixture(scope="module")
def page(hook: ModuleType, support: dict[str, object]) -> str:
    return hook.render_support(list(support.values()))


def test_every_promised_module_is_listed(support: dict[str, object]) -> None:
    assert set(PROMISED) <= set(support)


def test_the_lists_are_real_jax_names(support: dict[str, object]) -> None:
    import importlib

    # Import every module first: importing a submodule adds its name to its parent.
    real_modules = {name: importlib.import_module(name) for name in support}
    for name, module in support.items():
        real = set(dir(real_modules[name]))
        listed = set(module.provided) | set(module.missing)
        assert not set(module.provided) & set(module.missing), name
        assert listed <= real, f"{name}: not in real JAX: {sorted(listed - real)}"
        assert listed, name


def test_the_lists_agree_with_jaxlite(support: dict[str, object]) -> None:
    request = {name: [m.provided, sorted(m.missing)] for name, m in support.items()}
    result = subprocess.run([sys.executable, "-S", "-c", _ORACLE, str(ROOT)],
                            input=json.dumps(request), capture_output=True, text=True,
                            check=True)
    assert json.loads(result.stdout) == []


def test_known_names_land_on_the_right_side(support: dict[str, object]) -> None:
    assert "grad" in support["jax"].provided
    assert "vmap" in support["jax"].provided
    assert support["jax"].missing["pmap"][0] == "NotImplementedError"
    assert "tanh" in support["jax.numpy"].provided
    assert support["jax.numpy"].missing["histogram"][0] == "NotImplementedError"
    assert support["jax.lax"].missing["reduce"][0] == "NotImplementedError"
    assert support["jax.random"].missing["poisson"][0] == "NotImplementedError"
    assert "in-browser runtime (jaxlite)" in support["jax"].missing["pmap"][1]


def test_the_page_shows_each_list(page: str, support: dict[str, object]) -> None:
    for name, module in support.items():
        section = _section(page, name)
        assert _listed(section, "Provided") == module.provided
        assert _listed(section, "Not in jaxlite") == sorted(module.missing)
        assert f"| [`{name}`](#" in page
        row = next(line for line in page.splitlines() if line.startswith(f"| [`{name}`]"))
        assert row.endswith(f"| {len(module.provided)} | {len(module.missing)} |")


def test_the_page_follows_an_edit_to_jaxlite(hook: ModuleType, tmp_path: Path,
                                             support: dict[str, object]) -> None:
    shutil.copytree(ROOT / "jaxlite", tmp_path / "jaxlite",
                    ignore=shutil.ignore_patterns("__pycache__"))
    with open(tmp_path / "jaxlite" / "numpy" / "__init__.py", "a", encoding="utf-8") as file:
        file.write('\n\ndef tanh(x, /):\n    raise NotImplementedError("placeholder")\n')
    with open(tmp_path / "jaxlite" / "nn.py", "a", encoding="utf-8") as file:
        file.write("\n\ndel relu\n")
    edited = {module.name: module for module in hook.collect_support(tmp_path)}
    assert edited["jax.numpy"].missing["tanh"][0] == "stub"
    assert edited["jax.nn"].missing["relu"][0] == "NotImplementedError"
    assert "relu" in support["jax.nn"].provided
    assert "relu" not in edited["jax.nn"].provided
    # Nothing else moves: jax.lax.tanh is lax's own function (it checks the dtype as lax does,
    # then calls jax.numpy.tanh), so the page still lists it.
    assert edited["jax.lax"].provided == support["jax.lax"].provided
    assert edited["jax.random"].provided == support["jax.random"].provided


def test_the_hook_fills_only_the_marker(hook: ModuleType) -> None:
    config = SimpleNamespace(config_file_path=str(ROOT / "mkdocs.yml"))
    other = SimpleNamespace(file=SimpleNamespace(src_uri="reference/grad.md"))
    assert hook.on_page_markdown("# Text", page=other, config=config, files=None) == "# Text"
    support_page = SimpleNamespace(file=SimpleNamespace(src_uri=hook.PAGE))
    with pytest.raises(PluginError, match="lacks the marker"):
        hook.on_page_markdown("# No marker", page=support_page, config=config, files=None)


def _section(page: str, module: str) -> str:
    start = page.index(f"### `{module}` ")
    end = page.find("\n### ", start + 1)
    return page[start:] if end == -1 else page[start:end]


def _listed(section: str, label: str) -> list[str]:
    match = re.search(rf"^\*\*{label} \(\d+\):\*\* (.*)$", section, re.MULTILINE)
    if match is None:
        return []
    return re.findall(r"`([^`]+)`", match.group(1))
