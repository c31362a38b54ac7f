"""Dashboard performance against a minimal Streamlit app (``python -m devtools.bench``).

The floor is the least a Streamlit choropleth of this data can cost: an app, written to a
temporary folder, that loads the same measures.csv (``st.cache_data``) and draws one plotly
choropleth from the same local topojson, with one trivial widget that recolours it. Three
figures are compared in one run, in headless chromium on loopback:

1. server start → map visible (median of several cold starts), must be ≤ 1.5× the floor;
2. a filter click → recoloured map *settled* (median of several toggles), ≤ 1.5× the
   floor's (its widget also recolours its map, so both measure what the user waits for).
   "Settled" is decided in the page: a capturing ``pointerdown`` listener stamps the click,
   and every animation frame records the last time anything about the map changed (the
   fill of any country path, or a ``plotly_afterplot`` event of any plot, so re-draws that
   end with the same colours count too). The map has settled once its fills differ from
   before the click and nothing has changed for :data:`QUIET_MS`; the figure is the time of
   that *last* change minus the click, so the quiet window itself is not counted;
3. server RSS with 10 concurrent sessions, against the floor app with as many sessions
   (≤ 2×): what the dashboard costs beyond the least a Streamlit map costs.

Prints each figure, the ratio and PASS/FAIL, and exits non-zero on any FAIL.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psutil

from devtools.serve import (
    CHROMIUM,
    MAP_SELECTOR,
    REPO_ROOT,
    fixture_env,
    launch_chromium,
    map_signature,
    streamlit_server,
)
from explorer.data import REQUIRED_TABLES, needs_build

FLOOR_APP = '''
"""Benchmark floor: the least a Streamlit choropleth of measures.csv can do."""
import os

import pandas as pd
import plotly.graph_objects as go
import streamlit as st


@st.cache_data
def load(path):
    return pd.read_csv(path, dtype=str, keep_default_na=False)


measures = load(os.environ["BENCH_MEASURES"])
states = measures[measures["iso3"] != ""]
picked = st.pills("Category", ["legislation", "shelters"], selection_mode="multi",
                  key="floor_pick")
if picked:
    states = states[states["category"].isin(picked)]
counts = states.groupby("iso3")["category"].nunique()
fig = go.Figure(
    go.Choropleth(locations=list(counts.index), z=list(counts.values), locationmode="ISO-3")
)
fig.update_geos(resolution=50)
st.plotly_chart(fig, config={"topojsonURL": "app/static/"}, key="floor_map")
'''

FLOOR_CONFIG = """
[server]
enableStaticServing = true
headless = true

[browser]
gatherUsageStats = false
"""


@dataclass
class Result:
    name: str
    value: float
    floor: float
    limit: float
    unit: str

    @property
    def ratio(self) -> float:
        return self.value / self.floor if self.floor else float("inf")

    @property
    def passed(self) -> bool:
        return self.ratio <= self.limit

    def line(self) -> str:
        verdict = "PASS" if self.passed else "FAIL"
        return (
            f"{self.name:<34} {self.value:9.1f} {self.unit:<3} floor {self.floor:9.1f} "
            f"{self.unit:<3} ratio {self.ratio:5.2f} (limit {self.limit:.1f}x)  {verdict}"
        )


def write_floor(folder: Path, measures: Path) -> Path:
    (folder / "static").mkdir(parents=True)
    for name in ("world_50m.json", "world_110m.json"):
        shutil.copy(REPO_ROOT / "static" / name, folder / "static" / name)
    (folder / ".streamlit").mkdir()
    (folder / ".streamlit" / "config.toml").write_text(FLOOR_CONFIG, "utf-8")
    script = folder / "floor_app.py"
    script.write_text(textwrap.dedent(FLOOR_APP), "utf-8")
    return script


def choose_data() -> tuple[dict[str, str], Path, str]:
    """Real data when built, else the fixtures; rebuilding is never part of a measurement.

    With fresh real data the dashboard runs as users run it, freshness check included.
    """
    real = REPO_ROOT / "data"
    if all((real / f"{t}.csv").is_file() for t in REQUIRED_TABLES):
        try:
            stale, _ = needs_build(real, REPO_ROOT / "seeds")
        except Exception:  # the check is advisory here
            stale = True
        if stale:
            note = "data/ (stale: run `make data`; measured as is, rebuild off)"
            return {"TRAFFICKING_NO_REBUILD": "1"}, real / "measures.csv", note
        return {}, real / "measures.csv", "data/ (fresh; freshness check on, as for users)"
    env = fixture_env()
    return env, Path(env["TRAFFICKING_DATA_DIR"]) / "measures.csv", "fixtures (no data/ yet)"


def time_to_map(playwright: Any, script: Path, env: dict[str, str], cwd: Path) -> float:
    """Seconds from launching the server to the first country path in the page."""
    browser = launch_chromium(playwright)
    try:
        start = time.perf_counter()
        with streamlit_server(script, env=env, cwd=cwd) as (_, base):
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.goto(base)
            page.wait_for_selector(MAP_SELECTOR, timeout=60_000)
            return time.perf_counter() - start
    finally:
        browser.close()


# Nothing about the map changed for this long: it has settled (not counted in the figure).
QUIET_MS = 600

# Installed once per page: stamps clicks and the last change of the map (see the docstring).
WATCH_JS = """() => {
    if (window.__bench) return;
    const b = window.__bench = {click: null, last: 0, sig: '', plots: 0};
    document.addEventListener('pointerdown', () => {
        b.click = performance.now();
        b.last = b.click;
    }, true);
    const tick = () => {
        for (const gd of document.querySelectorAll('.js-plotly-plot')) {
            if (!gd.__benchHooked && typeof gd.on === 'function') {
                gd.__benchHooked = true;
                gd.on('plotly_afterplot', () => { b.last = performance.now(); b.plots++; });
            }
        }
        const sig = Array.from(document.querySelectorAll('.choroplethlayer path'))
            .map(p => p.style.fill).join('|');
        if (sig !== b.sig) { b.sig = sig; b.last = performance.now(); }
        requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
}"""

SETTLED_JS = """([before, quiet]) => {
    const b = window.__bench;
    if (!b || b.click === null || !b.sig || b.sig === before) return false;
    return performance.now() - b.last >= quiet;
}"""


def rerun_times(page: Any, click: Callable[[], None], rounds: int) -> list[float]:
    """Milliseconds from a click to the map's last change before it settled, ``rounds``
    times (see the module docstring for "settled")."""
    page.evaluate(WATCH_JS)
    times = []
    for _ in range(rounds):
        page.wait_for_timeout(QUIET_MS)  # the previous toggle has fully settled
        before = map_signature(page)
        page.evaluate("() => { window.__bench.click = null; }")
        click()
        page.wait_for_function(SETTLED_JS, arg=[before, QUIET_MS], polling="raf", timeout=30_000)
        times.append(float(page.evaluate("() => window.__bench.last - window.__bench.click")))
    return times


def measure_reruns(
    playwright: Any, script: Path, env: dict[str, str], cwd: Path, pill: str, rounds: int
) -> float:
    browser = launch_chromium(playwright)
    try:
        with streamlit_server(script, env=env, cwd=cwd) as (_, base):
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.goto(base)
            page.wait_for_selector(MAP_SELECTOR, timeout=60_000)
            page.wait_for_timeout(1000)
            button = page.get_by_role("button", name=pill, exact=True).first

            def click() -> None:
                button.click()

            rerun_times(page, click, 2)  # warm-up: first reruns compile caches
            return statistics.median(rerun_times(page, click, rounds))
    finally:
        browser.close()


def rss_mb(pid: int) -> float:
    return psutil.Process(pid).memory_info().rss / 2**20


def measure_memory(
    playwright: Any, script: Path, env: dict[str, str], cwd: Path, pill: str, sessions: int
) -> float:
    """Server RSS (MB) once ``sessions`` pages have drawn the map and each clicked ``pill``."""
    browser = launch_chromium(playwright)
    try:
        with streamlit_server(script, env=env, cwd=cwd) as (proc, base):
            pages = []
            for _ in range(sessions):
                page = browser.new_page(viewport={"width": 1400, "height": 1000})
                page.goto(base)
                page.wait_for_selector(MAP_SELECTOR, timeout=60_000)
                pages.append(page)
            for page in pages:  # every session does a rerun too
                page.get_by_role("button", name=pill, exact=True).first.click()
            pages[-1].wait_for_timeout(2000)
            return rss_mb(proc.pid)
    finally:
        browser.close()


def is_timeout(exc: BaseException) -> bool:
    """Python's own TimeoutError (server never healthy) or Playwright's (page never drew):
    Playwright's is not a subclass of the builtin, so it is recognised by name."""
    return isinstance(exc, TimeoutError) or type(exc).__name__ == "TimeoutError"


def measure(
    pw: Any, args: argparse.Namespace, env: dict[str, str], measures: Path, results: list[Result]
) -> None:
    """Append each figure to ``results`` as soon as it is known, so a later timeout still
    leaves the earlier figures to report."""
    with tempfile.TemporaryDirectory(prefix="explorer-bench-") as tmp:
        floor_dir = Path(tmp)
        floor = write_floor(floor_dir, measures)
        floor_env = {**env, "BENCH_MEASURES": str(measures)}
        dashboard = REPO_ROOT / "dashboard.py"

        starts_app, starts_floor = [], []
        for _ in range(args.starts):  # interleaved so drift hits both alike
            starts_floor.append(time_to_map(pw, floor, floor_env, floor_dir))
            starts_app.append(time_to_map(pw, dashboard, env, REPO_ROOT))
        results.append(
            Result(
                "start -> map visible",
                statistics.median(starts_app) * 1000,
                statistics.median(starts_floor) * 1000,
                1.5,
                "ms",
            )
        )

        floor_rerun = measure_reruns(pw, floor, floor_env, floor_dir, "legislation", args.reruns)
        app_rerun = measure_reruns(pw, dashboard, env, REPO_ROOT, "Europe", args.reruns)
        results.append(Result("filter click -> map settled", app_rerun, floor_rerun, 1.5, "ms"))

        floor_rss = measure_memory(pw, floor, floor_env, floor_dir, "legislation", args.sessions)
        app_rss = measure_memory(pw, dashboard, env, REPO_ROOT, "Europe", args.sessions)
        results.append(
            Result(f"server RSS, {args.sessions} sessions", app_rss, floor_rss, 2.0, "MB")
        )


def playwright() -> Any:
    """The Playwright context (a seam: the tests replace it to simulate a hung browser)."""
    from playwright.sync_api import sync_playwright

    return sync_playwright()


def seeds_only_data(work: Path) -> tuple[dict[str, str], Path, str]:
    """The small size: the five top-level seed documents (without the General Debate
    extract), built into ``work`` before the clock starts."""
    from pipeline.build import run_build

    seeds = work / "seeds"
    seeds.mkdir()
    for path in (REPO_ROOT / "seeds").iterdir():
        if path.is_file():
            shutil.copy2(path, seeds / path.name)
    data = work / "data"
    run_build(seeds, data)
    env = {
        "TRAFFICKING_DATA_DIR": str(data),
        "TRAFFICKING_SEEDS_DIR": str(seeds),
        "TRAFFICKING_NO_REBUILD": "1",
    }
    return env, data / "measures.csv", "seeds only (the five top-level documents)"


def run_size(
    args: argparse.Namespace, env: dict[str, str], measures: Path, note: str
) -> tuple[list[Result], str]:
    print(f"data: {note}")
    results: list[Result] = []
    timed_out = ""
    try:
        with playwright() as pw:
            measure(pw, args, env, measures, results)
    except Exception as exc:
        if not is_timeout(exc):
            raise
        timed_out = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
    for result in results:
        print(result.line())
    if timed_out:
        print(f"TIMEOUT after {len(results)} of 3 figures: {timed_out}")
    return results, timed_out


def main(argv: list[str] | None = None) -> int:
    """Exit 0 when every figure passes, 1 on a FAIL, 2 without chromium, 3 on a timeout."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--starts", type=int, default=3, help="cold starts per app")
    parser.add_argument("--reruns", type=int, default=6, help="filter toggles per app")
    parser.add_argument("--sessions", type=int, default=10, help="concurrent sessions")
    parser.add_argument(
        "--size",
        choices=("both", "full", "seeds"),
        default="both",
        help="full: data/ (seeds and the General Debate extract); seeds: the five top-level "
        "seed documents alone; both (default): one after the other",
    )
    args = parser.parse_args(argv)
    if not CHROMIUM.exists():
        print(f"{CHROMIUM} not found: install it with `make chromium`", file=sys.stderr)
        return 2
    failed: list[str] = []
    timed_out = False
    with tempfile.TemporaryDirectory(prefix="dash-bench-") as tmp:
        sizes = []
        if args.size in ("both", "seeds"):
            sizes.append(("seeds", seeds_only_data(Path(tmp))))
        if args.size in ("both", "full"):
            sizes.append(("full", choose_data()))
        for name, (env, measures, note) in sizes:
            results, timeout = run_size(args, env, measures, note)
            failed += [f"{name}: {r.name}" for r in results if not r.passed]
            timed_out = timed_out or bool(timeout)
    if timed_out:
        return 3
    print("FAIL: " + ", ".join(failed) if failed else "all PASS")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
