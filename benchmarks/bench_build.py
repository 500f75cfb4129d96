"""Build benchmark: cold, no-change, prose-edit and snippet-edit builds, and a served reload."""

# Everything runs in one throwaway copy of the repository (the files git tracks, with
# node_modules linked in), so the first build there is truly cold and the working tree and
# its .cache/ stay untouched. Each row is one `mkdocs build --strict`, timed as a whole
# process (start-up included), next to what the build cache says it reused and computed.

from __future__ import annotations

import argparse
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# A page with many executed blocks in one session: its prose edit must rerun none of them.
PROSE_PAGE = "docs/reference/jvp-vjp.md"
PROSE_ANCHOR = "### `has_aux`\n"
# A snippet that exactly one block includes.
SNIPPET = "snippets/problems/batched-jacobians/pitfall_wrong_argument.py"
TARGETS = {"no change": 0.15, "one prose edit": 0.20}
_SUMMARY = re.compile(r"build cache[^:]*: (.*)")


def _copy_repository(target: Path) -> None:
    tracked = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True,
                             check=True).stdout.decode().split("\0")
    for name in filter(None, tracked):
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    modules = ROOT / "node_modules"
    if not modules.is_dir():
        raise SystemExit("node_modules/ is missing: run `npm ci` (nox -s bench does it)")
    (target / "node_modules").symlink_to(modules)


def _env() -> dict[str, str]:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    env.pop("COURSE_FRESH_BUILD", None)
    return env


def _build(project: Path) -> tuple[float, dict[str, tuple[int, int]]]:
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(project / "site")],
        cwd=project, env=_env(), capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"the build failed:\n{result.stderr[-4000:]}")
    match = _SUMMARY.search(result.stderr)
    counts = {}
    for part in (match.group(1).split(", ") if match else []):
        kind, numbers = part.split(" ", 1)
        reused, computed = re.findall(r"\d+", numbers)
        counts[kind] = (int(reused), int(computed))
    return seconds, counts


def _html(project: Path) -> dict[str, bytes]:
    site = project / "site"
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*.html"))}


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    if old not in text:
        raise SystemExit(f"{path}: the benchmark's edit point {old!r} is gone; update the bench")
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _served(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return ""


def _serve_reload(project: Path) -> float:
    """Seconds from saving a prose edit to `mkdocs serve` serving the page with it."""
    port = _free_port()
    page = "reference/jvp-vjp/"
    url = f"http://127.0.0.1:{port}/{page}"
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--livereload", "-a", f"127.0.0.1:{port}"],
        cwd=project, env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(1200):  # the first build is warm: well under a minute
            if "jax.jvp" in _served(url):
                break
            if server.poll() is not None:
                raise SystemExit("mkdocs serve exited")
            time.sleep(0.1)
        else:
            raise SystemExit("mkdocs serve never served the page")
        marker = f"Saved at {time.time_ns()}."
        start = time.perf_counter()
        _edit(project / PROSE_PAGE, PROSE_ANCHOR, f"{marker}\n\n{PROSE_ANCHOR}")
        for _ in range(1200):
            if marker in _served(url):
                return time.perf_counter() - start
            time.sleep(0.05)
        raise SystemExit("mkdocs serve never served the edit")
    finally:
        server.terminate()
        server.wait(timeout=30)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--keep", action="store_true", help="keep the copy (prints its path)")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="course-bench-build-"))
    project = folder / "course"
    try:
        _copy_repository(project)
        rows = []
        seconds, counts = _build(project)
        cold, cold_html = seconds, _html(project)
        rows.append(("cold (no .cache/)", seconds, counts))
        seconds, counts = _build(project)
        same = _html(project) == cold_html
        rows.append(("no change", seconds, counts))
        _edit(project / PROSE_PAGE, PROSE_ANCHOR, f"One more sentence of prose.\n\n{PROSE_ANCHOR}")
        rows.append(("one prose edit", *_build(project)))
        snippet = project / SNIPPET
        snippet.write_text(snippet.read_text(encoding="utf-8") + "\nprint('edited')\n",
                           encoding="utf-8")
        rows.append(("one snippet edit", *_build(project)))
        reload_seconds = _serve_reload(project)
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    print("\nSite build (mkdocs build --strict, whole process, one run on this machine)\n")
    print("| build | seconds | of cold | blocks run | blocks reused | other work redone |")
    print("| --- | ---: | ---: | ---: | ---: | --- |")
    for name, seconds, counts in rows:
        reused, ran = counts.get("exec-block", (0, 0))
        other = ", ".join(f"{kind} {c}" for kind, (_, c) in sorted(counts.items())
                          if kind != "exec-block" and c) or "none"
        goal = f" (goal ≤ {TARGETS[name]:.0%})" if name in TARGETS else ""
        print(f"| {name} | {seconds:.1f} | {seconds / cold:.1%}{goal} | {ran} | {reused} "
              f"| {other} |")
    print(f"\nWarm HTML byte-identical to cold: {'yes' if same else 'NO'}")
    print(f"mkdocs serve: a saved prose edit is served {reload_seconds:.1f} s later (goal ≤ 5 s)")
    if args.keep:
        print(f"copy kept in {project}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
