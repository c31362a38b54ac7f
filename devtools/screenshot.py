"""Regenerate the README screenshot (``python -m devtools.screenshot``).

Starts the dashboard on loopback (real ``data/`` when built, else the test fixtures, never
rebuilding), waits for the map, hovers one country so the tooltip shows, and saves a PNG.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from devtools.serve import (
    CHROMIUM,
    MAP_SELECTOR,
    REPO_ROOT,
    fixture_env,
    iso3_point,
    launch_chromium,
    streamlit_server,
)
from explorer.data import REQUIRED_TABLES


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO_ROOT / "docs" / "screenshot.png")
    parser.add_argument("--hover", default="CHN", help="ISO3 of the country to hover")
    parser.add_argument("--width", type=int, default=1400)
    parser.add_argument("--height", type=int, default=950)
    args = parser.parse_args(argv)
    if not CHROMIUM.exists():
        print(f"{CHROMIUM} not found: install it with `make chromium`", file=sys.stderr)
        return 2
    from playwright.sync_api import sync_playwright

    real = REPO_ROOT / "data"
    if all((real / f"{t}.csv").is_file() for t in REQUIRED_TABLES):
        env = {"TRAFFICKING_NO_REBUILD": "1"}
    else:
        env = fixture_env()
    with (
        streamlit_server(REPO_ROOT / "dashboard.py", env=env, cwd=REPO_ROOT) as (_, base),
        sync_playwright() as playwright,
    ):
        browser = launch_chromium(playwright)
        try:
            page = browser.new_page(viewport={"width": args.width, "height": args.height})
            page.goto(base)
            page.wait_for_selector(MAP_SELECTOR, timeout=60_000)
            page.wait_for_timeout(800)
            point = iso3_point(page, args.hover)
            if point:
                page.mouse.move(*point)
                page.wait_for_timeout(500)
            args.out.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(args.out))
        finally:
            browser.close()
    print(f"saved {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
