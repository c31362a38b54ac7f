"""One real-browser run of the dashboard: headless Debian chromium, fixture data, no network.

Needs /usr/bin/chromium (``make chromium``); skipped with that reason when it is absent.
"""

from __future__ import annotations

import csv
import io
import time
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

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"
TIMELINE_MARK = ".js-plotly-plot .scatterlayer .point"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.timeout(120),
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} not installed (make chromium)"),
]


def test_dashboard_in_a_real_browser(tmp_path: Path) -> None:
    sync_api = pytest.importorskip("playwright.sync_api")
    ARTIFACTS.mkdir(exist_ok=True)
    requests: list[str] = []
    dialogs: list[str] = []
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
            context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base)
            page = context.new_page()

            def on_dialog(dialog: Any) -> None:
                dialogs.append(dialog.message)
                dialog.dismiss()

            page.on("dialog", on_dialog)
            page.set_default_timeout(30_000)

            # The map draws from the locally served topojson.
            page.goto(base)
            page.wait_for_selector(MAP_SELECTOR)
            assert page.locator(MAP_SELECTOR).count() >= 10
            legend = page.locator(".legend").text_content() or ""
            assert "Not a speaker in the selected documents" in legend
            assert "Statement recorded, no selected measure" in legend
            assert "Listed as a speaker, content not reported" in legend
            time.sleep(0.5)
            page.screenshot(path=str(ARTIFACTS / "dashboard.png"), full_page=True)

            # Clicking Brazil opens its profile; document text shows as literal text.
            point = iso3_point(page, "BRA")
            assert point, "Brazil is not drawn on the map"
            page.mouse.click(*point)
            page.get_by_text("Brazil plans to launch a digital platform").wait_for()
            assert "profile=BRA" in page.url
            main = page.locator("[data-testid=stMain]")
            assert "<script>alert(1)</script>" in main.inner_text()
            assert "[link](http://evil.example)" in main.inner_text().replace("\u2060", "")
            assert page.locator("a[href*='evil.example']").count() == 0
            assert not dialogs

            # A filter applied through the sidebar lands in the URL and in the download.
            sidebar = page.locator("[data-testid=stSidebar]")
            sidebar.get_by_role("button", name="Europe", exact=True).click()
            page.wait_for_function("() => location.search.includes('region=Europe')")
            with page.expect_download() as download_info:
                sidebar.get_by_role("button", name="Evidence rows (CSV)").click()
            download = download_info.value
            assert download.suggested_filename == "measures_region-Europe.csv"
            text = Path(download.path()).read_text("utf-8")
            rows = list(csv.DictReader(io.StringIO(text)))
            assert rows
            assert {r["region"] for r in rows} == {"Europe"}
            assert {r["iso3"] for r in rows} == {"FRA", "DEU"}

            # Back on the map, only the filtered region is coloured.
            page.get_by_role("tab", name="Map").click()
            page.wait_for_selector(MAP_SELECTOR)
            assert iso3_point(page, "BRA") is None
            assert iso3_point(page, "FRA") is not None

            # Issue 7: a real click on a profile timeline mark reaches the selection handler
            # (AppTest cannot click plotly) and shows the sentence with its citation; a
            # citation whose title carries HTML creates no element. Same server and page,
            # so this costs a navigation, not another browser start.
            page.goto(base.rstrip("/") + "/?profile=NGA&tab=profile&years=2005-2015")
            page.wait_for_selector(TIMELINE_MARK)
            assert page.locator(TIMELINE_MARK).count() == 3  # 2005, and 2015 twice
            page.locator(TIMELINE_MARK).first.click(force=True)
            evidence = page.locator(".st-key-timeline_evidence")
            evidence.wait_for()
            shown = evidence.inner_text()
            assert "Nigeria, General Debate speech" in shown
            assert "UN General Debate Corpus" in shown
            # "Copy citation": the citation's own copy button puts exactly its text on the
            # clipboard, as plain text an analyst can paste.
            code = evidence.locator("[data-testid='stCode']").first
            code.hover()
            code.get_by_role("button", name="Copy to clipboard").click()
            copied = page.evaluate("navigator.clipboard.readText()")
            assert copied == code.inner_text().strip()
            assert copied.startswith("Nigeria, General Debate speech")
            page.goto(base.rstrip("/") + "/?profile=DEU&tab=profile")
            page.get_by_text("three new shelters").first.wait_for()
            assert "<img src=x onerror=alert(1)>" in main.inner_text()
            assert page.locator("img[src=x]").count() == 0
            assert page.locator("a[href^='javascript']").count() == 0
            assert not dialogs
        finally:
            browser.close()

    outside = sorted({url for url in requests if is_outside(url)})
    assert not outside, f"requests left the machine: {outside}"
    assert any("/app/static/world_50m.json" in url for url in requests)
