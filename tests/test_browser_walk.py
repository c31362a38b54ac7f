"""Issue 8's done-when walk in a real browser: headless Debian chromium, fixture data, offline.

The four classes and their hover text, a small State reached through its marker, zoom to a
region, a search by a common name, every download (formulas neutralised, filters in the file
name) including the map's SVG, and an axe-core check for contrast violations (axe.min.js is
bundled by axe-playwright-python: nothing is fetched).
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from devtools.serve import (
    CHROMIUM,
    MAP_SELECTOR,
    fixture_env,
    is_outside,
    iso3_point,
    launch_chromium,
    streamlit_server,
)
from explorer.exports import FORMULA_TRIGGERS

ROOT = Path(__file__).resolve().parent.parent

pytestmark = [
    pytest.mark.browser,
    pytest.mark.timeout(180),
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} not installed (make chromium)"),
]

# Centre of a small-State marker, found by the ISO3 in its trace's customdata.
MARKER_JS = """(iso) => {
    for (const tr of document.querySelectorAll('.geo g.trace.scattergeo')) {
        const cd = tr.__data__;
        const trace = cd && cd[0] && cd[0].trace;
        if (!trace || !trace.customdata) continue;
        for (const pt of tr.querySelectorAll('.point')) {
            const d = pt.__data__;
            const row = d && trace.customdata[d.i];
            if (row && row[0] === iso) {
                const r = pt.getBoundingClientRect();
                return [r.x + r.width / 2, r.y + r.height / 2];
            }
        }
    }
    return null;
}"""


def country_width(page: Any, iso3: str) -> float:
    return float(
        page.evaluate(
            """(iso) => {
                for (const p of document.querySelectorAll('.choroplethlayer path')) {
                    if (p.__data__ && p.__data__.loc === iso) {
                        return p.getBoundingClientRect().width;
                    }
                }
                return 0;
            }""",
            iso3,
        )
    )


def hover_text(page: Any, iso3: str) -> str:
    """The tooltip over a State: at its marker when it has one (markers sit above the
    shapes, and plotly hovers the nearest point), else inside its shape."""
    point = page.evaluate(MARKER_JS, iso3) or iso3_point(page, iso3)
    assert point, f"{iso3} is not drawn"
    page.mouse.move(*point)
    page.wait_for_selector(".hoverlayer .hovertext")
    text = page.locator(".hoverlayer").text_content() or ""
    page.mouse.move(5, 5)
    return text


def assert_no_formula_cells(text: str) -> None:
    for row in csv.reader(io.StringIO(text)):
        for cell in row:
            assert not cell.startswith(FORMULA_TRIGGERS), cell
            assert not cell.lstrip().startswith(FORMULA_TRIGGERS), cell


def wait_for_map_change(page: Any, before: str) -> None:
    page.wait_for_function(
        """(before) => {
            const paths = document.querySelectorAll('.choroplethlayer path');
            return paths.length &&
                Array.from(paths).map(p => (p.__data__ || {}).loc).join('|') !== before;
        }""",
        arg=before,
    )
    page.wait_for_timeout(400)


def drawn(page: Any) -> str:
    return str(
        page.evaluate(
            """() => Array.from(document.querySelectorAll('.choroplethlayer path'))
                .map(p => (p.__data__ || {}).loc).join('|')"""
        )
    )


def test_issue8_walk(tmp_path: Path) -> None:
    sync_api = pytest.importorskip("playwright.sync_api")
    axe_module = pytest.importorskip("axe_playwright_python.sync_playwright")
    requests: list[str] = []
    with (
        streamlit_server(
            ROOT / "dashboard.py", env=fixture_env(), cwd=ROOT, log=tmp_path / "streamlit.log"
        ) as (_, base),
        sync_api.sync_playwright() as playwright,
    ):
        browser = launch_chromium(playwright)
        try:
            context = browser.new_context(
                viewport={"width": 1400, "height": 1000}, accept_downloads=True
            )
            context.on("request", lambda request: requests.append(request.url))
            page = context.new_page()
            page.set_default_timeout(30_000)
            page.goto(base)
            page.wait_for_selector(MAP_SELECTOR)
            page.wait_for_timeout(500)

            # The four classes, each with its count, in the legend.
            legend = page.locator(".legend").text_content() or ""
            for label in (
                "categories reported (",
                "Statement recorded, no selected measure (",
                "Listed as a speaker, content not reported (",
                "Not a speaker in the selected documents (",
            ):
                assert label in legend, legend

            # Hover tells listed-only from recorded-without-measure.
            listed = hover_text(page, "SLE")
            assert "Sierra Leone" in listed
            assert "what it said is not reported" in listed
            recorded = hover_text(page, "JPN")
            assert "Statement recorded; it reports none of the selected measures" in recorded

            # Malta is a marker that can be hovered and clicked.
            marker = page.evaluate(MARKER_JS, "MLT")
            assert marker, "Malta has no marker"
            page.mouse.move(*marker)
            page.wait_for_selector(".hoverlayer .hovertext")
            assert "Malta" in (page.locator(".hoverlayer").text_content() or "")
            page.mouse.click(*marker)
            page.wait_for_function("() => location.search.includes('profile=MLT')")
            page.get_by_role("tab", name="Map").click()
            page.wait_for_selector(MAP_SELECTOR)
            page.wait_for_timeout(500)

            # Zoom to Africa: the region is fitted (no fixed world ranges), so Nigeria grows.
            world_width = country_width(page, "NGA")
            before = drawn(page)
            sidebar = page.locator("[data-testid=stSidebar]")
            sidebar.get_by_role("button", name="Africa", exact=True).click()
            page.wait_for_function("() => location.search.includes('region=Africa')")
            wait_for_map_change(page, before)
            assert country_width(page, "NGA") > 1.5 * world_width  # Africa is tall: ~1.7x
            assert iso3_point(page, "FRA") is None

            # Accessibility (with a selected pill on screen): no contrast violations.
            results = axe_module.Axe().run(page)
            contrast = [v for v in results.response["violations"] if "contrast" in str(v.get("id"))]
            assert not contrast, json.dumps(contrast, indent=1)[:3000]

            # Every download: filters in the file name, no formula cell.
            for label, prefix, ext in (
                ("Country summary (CSV)", "countries", "csv"),
                ("Evidence rows (CSV)", "measures", "csv"),
                ("Documents (CSV)", "documents", "csv"),
                ("All of it, with data dictionary (ZIP)", "trafficking-measures", "zip"),
            ):
                with page.expect_download() as info:
                    sidebar.get_by_role("button", name=label).click()
                download = info.value
                assert download.suggested_filename == f"{prefix}_region-Africa.{ext}"
                payload = Path(download.path()).read_bytes()
                if ext == "csv":
                    assert_no_formula_cells(payload.decode("utf-8"))
                    continue
                with zipfile.ZipFile(io.BytesIO(payload)) as archive:
                    names = archive.namelist()
                    assert "data-dictionary.md" in names
                    state = json.loads(archive.read("filters.json"))
                    for name in names:
                        if name.endswith(".csv"):
                            assert "region-Africa" in name
                            assert_no_formula_cells(archive.read(name).decode("utf-8"))
                assert state["active"] == {"region": ["Africa"]}

            # The map as SVG, drawn by the browser, with title, filters, source and caveat.
            page.locator(".js-plotly-plot").first.hover()
            with page.expect_download() as info:
                page.locator(".modebar-btn[data-title^='Download plot']").first.click()
            image = info.value
            assert image.suggested_filename == "map_region-Africa.svg"
            svg = Path(image.path()).read_text("utf-8")
            assert "What countries say they do against human trafficking" in svg
            assert "Filters: region: Africa" in svg
            assert "Source:" in svg and "not said in this coverage" in svg

            # The Evidence table has no toolbar CSV export (it would bypass neutralisation).
            page.get_by_role("tab", name="Evidence").click()
            table = page.locator("[data-testid=stDataFrame]").first
            table.wait_for()
            table.hover()
            page.wait_for_timeout(300)
            assert page.get_by_role("button", name="Download as CSV").count() == 0
            page.get_by_role("tab", name="Map").click()
            page.wait_for_selector(MAP_SELECTOR)

            # Search by a common name: Turkey finds Türkiye; UK finds the United Kingdom only.
            sidebar.get_by_role("button", name="Clear filters").click()
            page.wait_for_function("() => !location.search.includes('region=')")
            for query, found, not_found in (("Turkey", "TUR", "UKR"), ("UK", "GBR", "UKR")):
                before = drawn(page)
                box = sidebar.get_by_label("Find a country")
                box.fill(query)
                box.press("Enter")
                wait_for_map_change(page, before)
                assert drawn(page).split("|") == [found]
                assert iso3_point(page, not_found) is None
        finally:
            browser.close()

    outside = sorted({url for url in requests if is_outside(url)})
    assert not outside, f"requests left the machine: {outside}"
