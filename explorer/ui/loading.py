"""Loading the dataset, and rebuilding it when the sources changed.

The rebuild runs at most once per server for the same inputs: a lock keeps concurrent
sessions from building twice, and a failed build is remembered (with the file and reason)
so that new sessions show it in one line instead of retrying for seconds.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Any

import streamlit as st

from explorer.data import (
    Dataset,
    data_dir,
    files_signature,
    folder_problem,
    inputs_signature,
    needs_build,
    read_dataset,
    rebuild_enabled,
    run_build,
    seeds_dir,
)
from explorer.text import escape_markdown

LOG = logging.getLogger(__name__)
MAX_REASON = 200
FAILED_HINT = (
    " — not retried until the documents or patterns change; showing the previous data if any."
)


@st.cache_resource(show_spinner=False, max_entries=4)
def cached_dataset(folder: str, seeds: str, signature: tuple[Any, ...]) -> Dataset:
    """Read the CSVs once per change of ``signature`` (file mtimes), shared by all sessions.

    A resource, not ``cache_data``: cache_data unpickles a fresh copy on every rerun (~60 ms
    of each filter click, measured). The Dataset is frozen and every view selects from it
    into new frames, so one shared, read-only object is safe.
    """
    del signature  # only part of the cache key
    return read_dataset(Path(folder), Path(seeds))


@st.cache_resource
def _build_lock() -> threading.Lock:
    """One lock per server process, so concurrent sessions never rebuild twice at once."""
    return threading.Lock()


@st.cache_resource
def _failed_builds() -> dict[tuple[Any, ...], str]:
    """Builds that failed, by their inputs: shared by every session of this server, so a
    file that crashes the build costs one attempt, not one per visitor."""
    return {}


def failure_line(exc: BaseException, current: str | None, seeds: Path) -> str:
    """One line naming the file being built when it failed, and why (bounded length)."""
    reason = " ".join(str(exc).split()) or type(exc).__name__
    if len(reason) > MAX_REASON:
        reason = reason[: MAX_REASON - 1] + "…"
    where = f"on {current}" if current else f"reading {seeds}"
    return f"Rebuilding the data failed {where}: {type(exc).__name__}: {reason}"


def _rebuild_if_needed(folder: Path, seeds: Path) -> None:
    with _build_lock():
        try:
            stale, why = needs_build(folder, seeds)
        except Exception as exc:  # a broken staleness check must not take the page down
            st.warning(
                "Could not check whether the data are up to date: " + escape_markdown(str(exc))
            )
            return
        if not stale:
            return
        key = (str(folder), str(seeds), inputs_signature(seeds))
        failed = _failed_builds().get(key)
        if failed:
            st.error(escape_markdown(failed) + FAILED_HINT)
            return
        bar = st.progress(0.0, text=f"Rebuilding the data ({why})…")
        current: list[str] = []

        def progress(done: int, total: int, label: str) -> None:
            current[:] = [label]
            fraction = min(1.0, max(0.0, done / total)) if total else 0.0
            bar.progress(fraction, text=f"Rebuilding the data: {label} ({done}/{total})")

        try:
            run_build(folder, seeds, progress)
        except Exception as exc:
            line = failure_line(exc, current[0] if current else None, seeds)
            _failed_builds()[key] = line
            LOG.error("%s", line, exc_info=exc)
            st.error(escape_markdown(line) + FAILED_HINT)
        finally:
            bar.empty()
        cached_dataset.clear()


def load_data() -> Dataset:
    """The dataset for this run; rebuilds stale data once per session start, then caches."""
    folder, seeds = data_dir(), seeds_dir()
    problem = folder_problem(folder, seeds)
    if problem:
        st.error(f"The dashboard cannot start: {escape_markdown(problem)}.")
        st.stop()
    if rebuild_enabled() and not st.session_state.get("_freshness_checked"):
        _rebuild_if_needed(folder, seeds)
        st.session_state["_freshness_checked"] = True
    try:
        return cached_dataset(str(folder), str(seeds), files_signature(folder, seeds))
    except (FileNotFoundError, ValueError) as exc:
        st.error(
            "The dashboard has no data to show yet. Build it with `make data` "
            f"(details: {escape_markdown(str(exc))})."
        )
        st.stop()
        raise  # unreachable; keeps type checkers sure we never return None
