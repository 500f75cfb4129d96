"""Writes jaxlite/_jax_names.py, real JAX's public names per module: `python tools/jax_names.py`.

jaxlite must tell a name real JAX lacks (a typo: AttributeError, worded as real JAX words it)
from one it only lacks in the browser (NotImplementedError), but JAX is not installed there.
So this tool, run with the real JAX the course pins, lists for each module jaxlite binds the
public names of the real module, and the names real JAX removed with the message it raises
for them. The file is generated, never committed: the site build writes it into the jaxlite
it packs, and jaxlite's tests write it into the source tree. Without it, jaxlite calls every
missing public name unavailable.

Usage: `python tools/jax_names.py [OUTPUT]`, OUTPUT being `-` for stdout; by default
jaxlite/_jax_names.py, rewritten only when its text changes.
"""

from __future__ import annotations

import importlib
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = ROOT / "jaxlite" / "_jax_names.py"
_WIDTH = 100


def jaxlite_modules() -> list[str]:
    """The JAX modules jaxlite binds, `jax` first."""
    sys.path.insert(0, str(ROOT))
    try:
        from jaxlite import _SUBMODULES
    finally:
        sys.path.remove(str(ROOT))
    return ["jax", *(f"jax.{sub}" for sub in _SUBMODULES)]


def real_names(modules: list[str]) -> tuple[dict[str, list[str]], dict[str, dict[str, str]]]:
    """Per module, real JAX's public names and its removed names (name -> message)."""
    # Import all first: importing a submodule adds its name to its parent.
    loaded = {name: importlib.import_module(name) for name in modules}
    names, removed = {}, {}
    for module_name, module in loaded.items():
        public = {name for name in dir(module) if not name.startswith("_")}
        # Deprecated names are not in dir(): those still served count as real JAX's names,
        # those removed raise AttributeError with their own message.
        gone = {}
        for name, (message, value) in getattr(module, "_deprecations", {}).items():
            if value is None:
                gone[name] = message
            else:
                public.add(name)
        names[module_name] = sorted(public)
        if gone:
            removed[module_name] = dict(sorted(gone.items()))
    return names, removed


def render(names: dict[str, list[str]], removed: dict[str, dict[str, str]], version: str) -> str:
    """The text of jaxlite/_jax_names.py."""
    lines = [f'"""Real JAX {version}\'s public names per module: written by tools/jax_names.py, '
             'do not edit."""', "", "NAMES = {"]
    for module, public in names.items():
        lines.append(f"    {module!r}: (")
        line = "       "
        for name in public:
            word = f" {name!r},"
            if len(line) + len(word) > _WIDTH:
                lines.append(line)
                line = "       "
            line += word
        lines += [line, "    ),"]
    lines += ["}", "", "# Names real JAX removed, with the AttributeError message it raises.",
              "REMOVED = {"]
    for module, gone in removed.items():
        lines.append(f"    {module!r}: {{")
        for name, message in gone.items():
            # Long messages in pieces, so the file reads (and lints) like hand-written code.
            pieces = re.findall(r".{1,70}(?:\s|$)|\S+\s*", message)
            assert "".join(pieces) == message, message
            lines.append(f"        {name!r}: (")
            lines += [f"            {piece!r}" for piece in pieces]
            lines.append("        ),")
        lines.append("    },")
    lines.append("}")
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    import jax

    output = argv[0] if argv else str(DEFAULT_OUTPUT)
    text = render(*real_names(jaxlite_modules()), jax.__version__)
    if output == "-":
        sys.stdout.write(text)
        return 0
    path = Path(output)
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        # Whole or not at all: a jaxlite starting meanwhile must never read half a file.
        partial = path.with_name(path.name + ".partial")
        partial.write_text(text, encoding="utf-8")
        partial.replace(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
