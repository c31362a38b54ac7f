"""The profile timeline in a real browser: a click on a mark shows the sentence behind it.

AppTest cannot click a plotly mark, so this is the one check that Streamlit's selection event
really reaches :func:`explorer.ui.profile.selected_mark`. A separate file (and server) from
``test_browser.py`` so the two can change independently.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from devtools.serve import CHROMIUM, fixture_env, is_outside, launch_chromium, streamlit_server

ROOT = Path(__file__).resolve().parent.parent
MARK = ".js-plotly-plot .scatterlayer .point"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.timeout(120),
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} not installed (make chromium)"),
]


def test_a_timeline_mark_opens_its_sentence_and_citation(tmp_path: Path) -> None:
    sync_api = pytest.importorskip("playwright.sync_api")
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
            page = browser.new_page(viewport={"width": 1400, "height": 1200})
            page.on("request", lambda request: requests.append(request.url))

            def on_dialog(dialog: Any) -> None:
                dialogs.append(dialog.message)
                dialog.dismiss()

            page.on("dialog", on_dialog)
            page.set_default_timeout(30_000)
            page.goto(base.rstrip("/") + "/?profile=NGA&tab=profile&years=2005-2015")
            page.wait_for_selector(MARK)
            assert page.locator(MARK).count() == 3  # 2005, and 2015 twice
            page.locator(MARK).first.click(force=True)
            evidence = page.locator(".st-key-timeline_evidence")
            evidence.wait_for()
            text = evidence.inner_text()
            assert "Nigeria, General Debate speech" in text  # the citation, copyable
            assert "UN General Debate Corpus" in text
            assert "2015" in text or "2005" in text

            # A citation whose title carries HTML stays text: no element, no script.
            page.goto(base.rstrip("/") + "/?profile=DEU&tab=profile")
            page.get_by_text("three new shelters").first.wait_for()
            main = page.locator("[data-testid=stMain]").inner_text()
            assert "<img src=x onerror=alert(1)>" in main
            assert page.locator("img[src=x]").count() == 0
            assert page.locator("a[href^='javascript']").count() == 0
            assert not dialogs
        finally:
            browser.close()
    assert not sorted({url for url in requests if is_outside(url)})
