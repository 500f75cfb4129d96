"""Remembers what every executed block prints (markdown-exec) and the executed notebooks."""

from __future__ import annotations

import json
import logging
import re
import shutil
from collections import defaultdict
from pathlib import Path
from typing import Any

import build_cache
from markdown_exec import base_format, formatters
from markdown_exec._internal.formatters import pycon as exec_pycon
from markdown_exec._internal.formatters import python as exec_python
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

KIND = "exec-block"
NOTEBOOKS = "notebooks"
# The sources whose change must recompute every block: this wrapper and the store.
_SOURCES = (Path(__file__), Path(build_cache.__file__))
_log = logging.getLogger("mkdocs.hooks.exec_cache")

# Per session, the code of every block seen so far in this build, in order: a block's output
# depends on all of them, so all of them are in its key.
_history: dict[str, list[str]] = defaultdict(list)
# Per session, blocks answered from the cache and not run in this process yet, with the block
# counter each saw: a later block that must run needs their variables, so they run first.
_pending: dict[str, list[tuple[str, int, dict[str, Any]]]] = defaultdict(list)

# -----------------------------------------------------------------------------
# Events
# -----------------------------------------------------------------------------


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    # markdown-exec looks its formatter up per block, so replacing the entries routes every
    # python and pycon block through the cache, with its options and error handling intact.
    formatters["python"] = _format_python
    formatters["py"] = _format_python
    formatters["pycon"] = _format_pycon
    _configure_notebook_cache(config)
    return config


def on_pre_build(*, config: MkDocsConfig) -> None:
    # Every build starts its sessions empty, as a cold build does: `mkdocs serve` keeps one
    # process, and markdown-exec would otherwise carry variables and block numbers over.
    _history.clear()
    _pending.clear()
    exec_python._sessions_globals.clear()
    exec_python._sessions_counter.clear()
    build_cache.reset_counters()


@event_priority(-100)
def on_post_build(*, config: MkDocsConfig) -> None:
    # Last, after the other hooks' post-build work, so the line counts all of it.
    _log.info(build_cache.summary())


# -----------------------------------------------------------------------------
# markdown-exec blocks
# -----------------------------------------------------------------------------


def _format_python(**kwargs: Any) -> Any:
    return base_format(language="python", run=_run, **kwargs)


def _format_pycon(**kwargs: Any) -> Any:
    return base_format(language="pycon", run=_run, transform_source=exec_pycon._transform_source,
                       **kwargs)


def _run(code: str, returncode: int | None = None, session: str | None = None,
         id: str | None = None, **extra: Any) -> str:  # noqa: A002 - markdown-exec's name
    """What the block prints: from the cache, or by running it as markdown-exec would."""
    history = _history[session] if session else []
    key = build_cache.digest(*_SOURCES, code, json.dumps(extra, sort_keys=True, default=str),
                             str(returncode), *history)
    if session:
        history.append(code)
    # The name markdown-exec gives the block (it appears in tracebacks and in __name__),
    # numbered as a cold build numbers it; taking it advances the counter as a run would.
    before = exec_python._sessions_counter[session]
    block_id = exec_python._code_block_id(id, session, extra.get("title"))
    found, entry = build_cache.lookup(KIND, key)
    # An output that shows the block's own name holds only under that name.
    if found and entry["name"] in (None, block_id):
        if session:
            _pending[session].append((code, before, extra))
        return entry["output"]
    build_cache.count_miss(KIND)
    _replay_pending(session)
    exec_python._sessions_counter[session] = before
    output = exec_python._run_python(code, returncode, session=session, id=id, **extra)
    module = re.sub(r"[^a-zA-Z\d]+", "_", block_id)
    shows_name = block_id in output or module in output
    build_cache.store(KIND, key, {"output": output, "name": block_id if shows_name else None})
    return output


def _replay_pending(session: str | None) -> None:
    """Run the session's earlier blocks that came from the cache, silently, in order."""
    if not session:
        return
    counter = exec_python._sessions_counter[session]
    for code, before, extra in _pending.pop(session, []):
        exec_python._sessions_counter[session] = before
        try:
            exec_python._run_python(code, session=session, **extra)
        except exec_python.ExecutionError as error:
            raise PluginError(
                f"a block of session {session!r} printed from the build cache fails when run "
                f"again, so the cache cannot restore the session; build with "
                f"{build_cache.FRESH_VARIABLE}=1:\n{error}"
            ) from error
    exec_python._sessions_counter[session] = counter


# -----------------------------------------------------------------------------
# Notebooks
# -----------------------------------------------------------------------------


def _configure_notebook_cache(config: MkDocsConfig) -> None:
    """Point mkdocs-jupyter's own cache (keyed by the notebook and its settings) into one
    folder per environment, since its key holds no versions."""
    plugin = config.plugins.get("mkdocs-jupyter")
    if plugin is None:
        return
    folder = build_cache.CACHE_DIR / NOTEBOOKS / build_cache.digest(
        build_cache.environment(), *_SOURCES)[:16]
    if build_cache.fresh() and folder.exists():
        # Recomputed and stored again: the next build is warm.
        shutil.rmtree(folder)
    plugin.config["cache"] = True
    plugin.config["cache_dir"] = str(folder)
