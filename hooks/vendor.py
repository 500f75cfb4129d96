"""Puts the in-browser runtime into site/: the Pyodide core, the editor bundle and jaxlite."""

# The standard library and jaxlite go to the browser as bytecode compiled inside the vendored
# Pyodide (tools/pyodide_precompile.mjs, run under Node): a boot then compiles no Python.

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import build_cache
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files

# Where the runtime lands in site/ (the widget and the worker find it relative to themselves).
VENDOR_DIR = "assets/exercise/vendor"
JAXLITE_ZIP = "assets/exercise/jaxlite.zip"
# The worker is told the archives' digests (its line `const BUILT_DIGESTS = null;` is filled
# in), so that it can find its stored memory snapshot before it has downloaded them.
WORKER = "assets/exercise/worker.js"
WORKER_DIGESTS = re.compile(r"^const BUILT_DIGESTS = .*;$", re.MULTILINE)
# Where the worker puts jaxlite.zip in Pyodide's file system and imports it from (zipimport).
JAXLITE_MOUNT = "/home/pyodide/jaxlite.zip"
# The runner (docs/assets/exercise/runner.py) travels in the same archive, under this name.
RUNNER_SOURCE = "assets/exercise/runner.py"
RUNNER_MODULE = "exercise_runner.py"
# Pyodide's standard library, compiled; the stock source archive is not shipped.
STDLIB_ZIP = "python_stdlib.pyc.zip"
PRECOMPILE = "tools/pyodide_precompile.mjs"
# Real JAX's names per module, which jaxlite reads to word its errors: generated, not in git.
JAX_NAMES = "_jax_names.py"
# The editor's entry point: bundled with esbuild, never published as it is (bare imports).
EDITOR_ENTRY = "assets/exercise/editor_entry.js"
EDITOR_BUNDLE = f"{VENDOR_DIR}/editor.js"
# The part of the npm `pyodide` package that the browser loads: the core only, no packages.
PYODIDE_FILES = (
    "pyodide.mjs",
    "pyodide.asm.mjs",
    "pyodide.asm.wasm",
    "pyodide-lock.json",
    "package.json",
)
_NPM_HINT = "run `npm ci` in the repository (`nox -s build` and `nox -s serve` do it for you)"

# -----------------------------------------------------------------------------
# Events
# -----------------------------------------------------------------------------


def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    # Sources of what this hook builds: the editor bundle, and the runner (which reaches the
    # browser compiled, inside jaxlite.zip).
    for source in (EDITOR_ENTRY, RUNNER_SOURCE):
        entry = files.get_file_from_path(source)
        if entry is not None:
            files.remove(entry)
    return files


def on_post_build(*, config: MkDocsConfig) -> None:
    # Checked here, after the pages: a build that fails on a page reports that first.
    root, site = _root(config), Path(config.site_dir)
    _check_inputs(root, Path(config.docs_dir))
    vendor = site / VENDOR_DIR
    vendor.mkdir(parents=True, exist_ok=True)
    licences = [_copy_pyodide(root, vendor / "pyodide")]
    licences += _bundle_editor(root, Path(config.docs_dir) / EDITOR_ENTRY, site / EDITOR_BUNDLE)
    _write_licences(vendor, licences)
    stdlib = root / "node_modules" / "pyodide" / "python_stdlib.zip"
    _copy_if_changed(_precompiled(root, "stdlib", stdlib.read_bytes(), "/lib/python314.zip/"),
                     vendor / "pyodide" / STDLIB_ZIP)
    runner = Path(config.docs_dir) / RUNNER_SOURCE
    source = _pack_jaxlite(root, runner)
    _copy_if_changed(_precompiled(root, "jaxlite", source, JAXLITE_MOUNT + "/"),
                     site / JAXLITE_ZIP)
    _tell_worker(site)


# -----------------------------------------------------------------------------
# Helpers
# -----------------------------------------------------------------------------


def _root(config: MkDocsConfig) -> Path:
    return Path(config.config_file_path).parent


def _check_inputs(root: Path, docs: Path) -> None:
    modules = root / "node_modules"
    for needed in ("pyodide/pyodide.mjs", "esbuild/package.json", "@codemirror/view"):
        if not (modules / needed).exists():
            raise PluginError(f"node_modules/{needed} is missing: {_NPM_HINT}")
    if not (docs / EDITOR_ENTRY).is_file():
        raise PluginError(f"docs/{EDITOR_ENTRY} is missing: the exercise editor cannot be built")


def _copy_if_changed(source: Path, target: Path) -> None:
    # `mkdocs serve` rebuilds on every edit; copying 12 MB each time would slow it down.
    if target.exists() and target.stat().st_size == source.stat().st_size and (
        target.stat().st_mtime >= source.stat().st_mtime
    ):
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(source, target)


def _tell_worker(site: Path) -> None:
    worker = site / WORKER
    digests = {name: hashlib.sha256(path.read_bytes()).hexdigest() for name, path in
               (("stdlib", site / VENDOR_DIR / "pyodide" / STDLIB_ZIP),
                ("jaxlite", site / JAXLITE_ZIP))}
    text, count = WORKER_DIGESTS.subn(f"const BUILT_DIGESTS = {json.dumps(digests)};",
                                      worker.read_text(encoding="utf-8"))
    if count != 1:
        raise PluginError(f"docs/{WORKER} must have one line `const BUILT_DIGESTS = null;`, "
                          "which the build fills in with the archives' digests")
    worker.write_text(text, encoding="utf-8")


def _copy_pyodide(root: Path, target: Path) -> dict:
    package = root / "node_modules" / "pyodide"
    for name in PYODIDE_FILES:
        _copy_if_changed(package / name, target / name)
    meta = json.loads((package / "package.json").read_text(encoding="utf-8"))
    # The npm package ships no licence text of its own; its package.json (copied beside
    # the core) declares the licence.
    return {"name": "pyodide", "version": meta["version"], "license": meta["license"],
            "file": "pyodide/package.json"}


def _bundle_editor(root: Path, entry: Path, bundle: Path) -> list[dict]:
    """CodeMirror 6 bundled by esbuild, cached in .cache/ by the hash of its inputs."""
    lock = (root / "package-lock.json").read_bytes()
    digest = hashlib.sha256(lock + entry.read_bytes()).hexdigest()[:16]
    cache = root / ".cache" / "exercise-editor" / digest
    if not (cache / "editor.js").exists():
        cache.mkdir(parents=True, exist_ok=True)
        esbuild = root / "node_modules" / "esbuild" / "bin" / "esbuild"
        result = subprocess.run(
            [str(esbuild), str(entry), "--bundle", "--minify", "--format=iife",
             "--target=es2020", "--legal-comments=none", f"--outfile={cache / 'editor.js'}",
             f"--metafile={cache / 'meta.json'}", "--log-level=warning"],
            cwd=root, capture_output=True, text=True,
        )
        if result.returncode != 0:
            raise PluginError(f"bundling the exercise editor failed:\n{result.stderr}")
    _copy_if_changed(cache / "editor.js", bundle)
    meta = json.loads((cache / "meta.json").read_text(encoding="utf-8"))
    return [_licence_of(root, name, bundle.parent) for name in _bundled_packages(meta)]


def _bundled_packages(meta: dict) -> list[str]:
    names = set()
    for path in meta["inputs"]:
        parts = path.split("node_modules/")[-1].split("/") if "node_modules/" in path else []
        if parts:
            names.add("/".join(parts[:2]) if parts[0].startswith("@") else parts[0])
    return sorted(names)


def _licence_of(root: Path, name: str, vendor: Path) -> dict:
    package = root / "node_modules" / name
    meta = json.loads((package / "package.json").read_text(encoding="utf-8"))
    files = sorted(package.glob("LICEN[CS]E*"))
    if not files:
        raise PluginError(f"node_modules/{name} has no licence file to ship with the editor")
    target = f"licenses/{name}/{files[0].name}"
    _copy_if_changed(files[0], vendor / target)
    return {"name": name, "version": meta["version"], "license": meta.get("license", "?"),
            "file": target}


def _write_licences(vendor: Path, licences: list[dict]) -> None:
    lines = ["Third-party code served with this site, as installed from npm (package-lock.json).",
             ""]
    lines += [f"{x['name']} {x['version']} ({x['license']}): {x['file']}" for x in licences]
    (vendor / "LICENSES.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


def _pack_jaxlite(root: Path, runner: Path) -> bytes:
    """jaxlite's Python files and the exercise runner as a zip archive of source, in memory."""
    source = root / "jaxlite"
    files = sorted(p for p in source.rglob("*.py")
                   if "__pycache__" not in p.parts and p.relative_to(source) != Path(JAX_NAMES))
    if not files:
        raise PluginError(f"{source} holds no Python files: nothing to run in the browser")
    entries = [((Path("jaxlite") / p.relative_to(source)).as_posix(), p.read_bytes())
               for p in files]
    entries.append((f"jaxlite/{JAX_NAMES}", jax_names(root).encode("utf-8")))
    entries.append((RUNNER_MODULE, runner.read_bytes()))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries:
            # A fixed date: the same sources give the same archive, byte for byte.
            archive.writestr(zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0)), data,
                             compress_type=zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def _precompiled(root: Path, kind: str, archive: bytes, mount: str) -> Path:
    """The archive with its Python compiled to bytecode by the vendored Pyodide, cached."""
    package = root / "node_modules" / "pyodide"
    tool = root / PRECOMPILE
    # The bytecode depends on the interpreter (the Pyodide build), the tool and the sources.
    digest = build_cache.digest(package / "package.json", package / "pyodide.asm.wasm", tool,
                                archive, mount)[:16]
    cached = root / ".cache" / "pyodide-precompiled" / f"{kind}-{digest}.zip"
    if cached.exists() and not build_cache.fresh():
        build_cache.hits[f"precompiled {kind}"] += 1
        return cached
    build_cache.misses[f"precompiled {kind}"] += 1
    cached.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        source, target = Path(tmp) / "source.zip", Path(tmp) / "compiled.zip"
        source.write_bytes(archive)
        result = subprocess.run(["node", str(tool), str(package), str(source), str(target), mount],
                                cwd=root, capture_output=True, text=True)
        if result.returncode != 0:
            raise PluginError(f"compiling {kind} for the browser in Pyodide failed:\n"
                              f"{result.stdout}{result.stderr}")
        # Moved into place whole: a build stopped half-way leaves no broken archive behind.
        os.replace(target, cached)
    return cached


def jax_names(root: Path) -> str:
    """The text of jaxlite's list of real JAX's names, from the JAX this build runs."""
    tool = root / "tools" / "jax_names.py"

    def compute() -> str:
        # A fresh process: what dir(jax) shows depends on what was imported before.
        result = subprocess.run([sys.executable, str(tool), "-"], capture_output=True, text=True)
        if result.returncode != 0:
            raise PluginError(f"listing real JAX's names for jaxlite failed:\n{result.stderr}")
        return result.stdout

    # The names depend on the JAX installed (in the cache's environment), on the tool, and on
    # the modules jaxlite binds (its __init__.py lists them).
    key = build_cache.digest(tool, root / "jaxlite" / "__init__.py")
    return build_cache.remember("jax-names", key, compute)
