"""Checks that every pinned dependency group installs, from wheels, on each supported Python.

`nox -s pins` runs it. For each Python version it asks pip to resolve every group of
pyproject.toml for that version and this machine's platform, without installing anything
(`pip install --dry-run`), so a version missing from this machine is checked too. A pin with
no wheel for some supported Python, or a dependency that conflicts there, fails it, naming
the version and printing pip's reason.

Usage: `python tools/check_pins.py 3.11 3.12 3.13 3.14`
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

from packaging.tags import sys_tags

ROOT = Path(__file__).resolve().parent.parent


def pinned_requirements() -> list[str]:
    """Every requirement of every dependency group, includes expanded, each once."""
    groups = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))[
        "dependency-groups"]

    def expand(name: str) -> list[str]:
        found = []
        for entry in groups[name]:
            found += expand(entry["include-group"]) if isinstance(entry, dict) else [entry]
        return found

    requirements = []
    for name in groups:
        requirements += [r for r in expand(name) if r not in requirements]
    return requirements


def platforms() -> list[str]:
    """This machine's platform tags (e.g. manylinux_2_36_x86_64 ... linux_x86_64), best first."""
    seen = []
    for tag in sys_tags():
        if tag.platform not in seen:
            seen.append(tag.platform)
    return seen


def check(version: str, requirements: list[str]) -> tuple[bool, str]:
    """Whether pip can resolve `requirements` from wheels for CPython `version` here."""
    digits = version.replace(".", "")
    with tempfile.TemporaryDirectory() as folder:
        listing = Path(folder) / "requirements.txt"
        listing.write_text("\n".join(requirements) + "\n", encoding="utf-8")
        report = Path(folder) / "report.json"
        command = [sys.executable, "-m", "pip", "install", "--dry-run", "--quiet",
                   "--disable-pip-version-check", "--ignore-installed", "--only-binary=:all:",
                   "--python-version", version, "--implementation", "cp",
                   "--abi", f"cp{digits}", "--abi", "abi3", "--abi", "none",
                   *(arg for p in platforms() for arg in ("--platform", p)),
                   "--target", str(Path(folder) / "target"), "--report", str(report),
                   "-r", str(listing)]
        result = subprocess.run(command, capture_output=True, text=True)
        if result.returncode != 0:
            errors = [line for line in result.stderr.splitlines() if "ERROR" in line]
            return False, "\n".join(errors) or result.stderr
        installs = json.loads(report.read_text(encoding="utf-8"))["install"]
    names = {item["metadata"]["name"].lower(): item["metadata"]["version"] for item in installs}
    return True, f"{len(names)} packages, jax {names.get('jax')}, jaxlib {names.get('jaxlib')}"


def main(versions: list[str]) -> int:
    if not versions:
        print(__doc__)
        return 2
    requirements = pinned_requirements()
    failed = []
    print(f"Resolving {len(requirements)} pins from wheels for this machine's platform:")
    for version in versions:
        ok, detail = check(version, requirements)
        print(f"  Python {version}: " + (f"ok ({detail})" if ok else f"FAILS\n{detail}"))
        if not ok:
            failed.append(version)
    if failed:
        print(f"The pins do not install on Python {', '.join(failed)}.")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
