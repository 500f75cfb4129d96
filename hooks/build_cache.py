"""The build's content-addressed disk cache under .cache/build/, shared by the hooks."""

# Not a hook itself: the hooks import it (MkDocs puts hooks/ on sys.path while it loads
# them), so every hook shares one module, one store and one set of counters.

from __future__ import annotations

import functools
import hashlib
import json
import os
import platform
import sys
import tempfile
from collections import Counter
from collections.abc import Callable
from importlib import metadata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
# Deleting this folder gives a cold build.
CACHE_DIR = ROOT / ".cache" / "build"
# Set to 1 (`nox -s build -- --fresh` does it) to recompute everything; results are still
# stored, so the next build is warm again.
FRESH_VARIABLE = "COURSE_FRESH_BUILD"
# Distributions whose version can change what the build prints or embeds: the engines, the
# libraries they print through, and the Markdown and notebook toolchain that renders outputs.
OUTPUT_PACKAGES = (
    "jax", "jaxlib", "numpy", "scipy", "ml_dtypes", "opt_einsum",
    "mkdocs", "mkdocs-material", "markdown-exec", "mkdocs-jupyter", "Markdown",
    "pymdown-extensions", "Pygments", "nbconvert", "nbformat", "nbclient", "ipykernel",
    "jupyter_client", "ipython", "mistune",
)

# What this process looked up, by kind: hits and misses, for the build's summary line.
hits: Counter[str] = Counter()
misses: Counter[str] = Counter()


# -----------------------------------------------------------------------------
# Keys
# -----------------------------------------------------------------------------


def fresh() -> bool:
    """True when this build must ignore what the cache holds."""
    return os.environ.get(FRESH_VARIABLE, "").strip() not in ("", "0")


@functools.cache
def environment() -> str:
    """A digest of the interpreter, the machine and every package that can change an output."""
    return digest(*environment_parts())


@functools.cache
def environment_parts() -> tuple[str, ...]:
    """What `environment` digests: versions, and the settings that change XLA's numbers."""
    parts = [sys.version, platform.machine(), platform.system()]
    for name in OUTPUT_PACKAGES:
        try:
            parts.append(f"{name}=={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            parts.append(f"{name} absent")
    # XLA's CPU kernels differ by instruction set, and so can the last bits of a float.
    parts.append(os.environ.get("XLA_FLAGS", ""))
    return tuple(parts)


def digest(*parts: str | bytes | Path) -> str:
    """SHA-256 of the parts, each length-prefixed so that no two lists of parts collide."""
    hasher = hashlib.sha256()
    for part in parts:
        if isinstance(part, Path):
            data = part.name.encode() + b"\0" + part.read_bytes()
        elif isinstance(part, str):
            data = part.encode("utf-8")
        else:
            data = part
        hasher.update(len(data).to_bytes(8, "little"))
        hasher.update(data)
    return hasher.hexdigest()


def tree_digest(folder: Path, pattern: str = "*.py") -> str:
    """A digest of every file under `folder` matching `pattern`, with its relative path."""
    parts: list[str | bytes] = []
    for path in sorted(folder.rglob(pattern)):
        if "__pycache__" in path.parts or not path.is_file():
            continue
        parts += [path.relative_to(folder).as_posix(), path.read_bytes()]
    return digest(*parts)


# -----------------------------------------------------------------------------
# The store
# -----------------------------------------------------------------------------


def remember(kind: str, key: str, compute: Callable[[], Any]) -> Any:
    """The stored JSON value for (kind, key), or `compute()`'s, stored for next time.

    The key must already hold everything that decides the value except the environment,
    which is added here. A computation that raises stores nothing, so a failure is
    recomputed (and reported) on every build.
    """
    path = _path(kind, key)
    if not fresh():
        value = _read(path)
        if value is not None:
            hits[kind] += 1
            return value["value"]
    misses[kind] += 1
    value = compute()
    store(kind, key, value)
    return value


def lookup(kind: str, key: str) -> tuple[bool, Any]:
    """(True, value) when (kind, key) is stored and the build is not fresh, else (False, None)."""
    if fresh():
        return False, None
    value = _read(_path(kind, key))
    if value is None:
        return False, None
    hits[kind] += 1
    return True, value["value"]


def store(kind: str, key: str, value: Any) -> None:
    """Store a JSON value for (kind, key); written atomically, so a killed build leaves no
    half-written entry."""
    path = _path(kind, key)
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps({"kind": kind, "value": value}, ensure_ascii=False)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def count_miss(kind: str) -> None:
    """Record a miss for a value computed outside `remember` (e.g. in a batch)."""
    misses[kind] += 1


def summary() -> str:
    """One line: hits and misses per kind since the counters were last reset."""
    kinds = sorted(set(hits) | set(misses))
    if not kinds:
        return "build cache: nothing looked up"
    state = " (fresh: stored, not read)" if fresh() else ""
    counts = ", ".join(f"{kind} {hits[kind]} reused / {misses[kind]} computed" for kind in kinds)
    return f"build cache{state}: {counts}"


def reset_counters() -> None:
    hits.clear()
    misses.clear()


# -----------------------------------------------------------------------------
# Helpers
# -----------------------------------------------------------------------------


def _path(kind: str, key: str) -> Path:
    if not kind.replace("-", "").isalnum():
        raise ValueError(f"Unknown cache kind {kind!r}: use letters, digits and '-'")
    full = digest(kind, environment(), key)
    return CACHE_DIR / kind / full[:2] / f"{full}.json"


def _read(path: Path) -> dict[str, Any] | None:
    try:
        value = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        # Missing, or unreadable: either way it is recomputed and written anew.
        return None
    return value if isinstance(value, dict) and "value" in value else None
