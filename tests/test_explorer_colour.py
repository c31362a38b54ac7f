"""The map's palette stays distinguishable with colour-vision deficiency and readable.

ΔE is CIEDE2000 after simulating deuteranopia and protanopia (Machado et al. 2009, severity
1.0); text contrast is WCAG 2.x. Both are checked for every class shown together: the count
classes with the three "no measure" classes, and the status classes with them.
"""

from __future__ import annotations

import tomllib
from itertools import combinations
from pathlib import Path

import pytest

from explorer import charts, colour
from explorer.vocab import COUNT_RAMP, IDLE_COLOURS, STATUS_COLOURS, TEXT_DARK

ROOT = Path(__file__).resolve().parent.parent
MIN_DELTA_E = 10.0
MIN_TEXT_CONTRAST = 4.5

COUNT_PALETTE = [*charts.count_colours(len(COUNT_RAMP)), *IDLE_COLOURS.values()]
STATUS_PALETTE = [*STATUS_COLOURS.values(), *IDLE_COLOURS.values()]


@pytest.mark.parametrize(
    ("lab1", "lab2", "expected"),
    [  # Sharma, Wu & Dalal (2005), Table 1, pairs 1, 7, 17 and 25
        ((50.0, 2.6772, -79.7751), (50.0, 0.0, -82.7485), 2.0425),
        ((50.0, 0.0, 0.0), (50.0, -1.0, 2.0), 2.3669),
        ((50.0, 2.5, 0.0), (73.0, 25.0, -18.0), 27.1492),
        ((60.2574, -34.0099, 36.2677), (60.4626, -34.1751, 39.4387), 1.2644),
    ],
)
def test_ciede2000_reproduces_published_pairs(
    lab1: tuple[float, float, float], lab2: tuple[float, float, float], expected: float
) -> None:
    assert colour.ciede2000(lab1, lab2) == pytest.approx(expected, abs=1e-4)


def test_simulation_collapses_red_and_green_for_deuteranopes() -> None:
    # A sanity check that the matrices are applied: red/green differ hugely for normal
    # vision and far less with deuteranopia.
    normal = colour.cvd_delta_e("#d62728", "#2ca02c", None)
    deutan = colour.cvd_delta_e("#d62728", "#2ca02c", "deuteranopia")
    assert normal > 60
    assert deutan < normal / 2


def test_wcag_contrast_reference_values() -> None:
    assert colour.contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert colour.contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("palette", [COUNT_PALETTE, STATUS_PALETTE], ids=["counts", "statuses"])
def test_every_pair_of_classes_is_distinct_with_cvd(palette: list[str]) -> None:
    distance, a, b, deficiency = colour.min_pair_distance(palette)
    assert distance >= MIN_DELTA_E, f"{a} vs {b} under {deficiency}: ΔE {distance:.1f}"
    assert len(set(palette)) == len(palette)


@pytest.mark.parametrize("fill", sorted(set(COUNT_PALETTE + STATUS_PALETTE)))
def test_text_on_every_class_colour_can_reach_aa(fill: str) -> None:
    best = max(colour.contrast_ratio(fill, TEXT_DARK), colour.contrast_ratio(fill, "#ffffff"))
    assert best >= MIN_TEXT_CONTRAST


def test_pale_classes_are_not_white() -> None:
    # The old pale yellow was 1.03:1 against the white page: indistinguishable from it.
    for fill in IDLE_COLOURS.values():
        assert colour.contrast_ratio(fill, "#ffffff") >= 1.15
        assert colour.contrast_ratio(fill, TEXT_DARK) >= MIN_TEXT_CONTRAST


def _mix(front: str, back: str, alpha: float) -> str:
    f, b = colour.hex_to_rgb(front), colour.hex_to_rgb(back)
    return "#" + "".join(
        f"{round((alpha * x + (1 - alpha) * y) * 255):02x}" for x, y in zip(f, b, strict=True)
    )


def test_theme_primary_colour_passes_aa_for_selected_pills_and_tabs() -> None:
    # Selected pills and tabs draw their label in the primary colour on the (light) page and
    # white text on the primary colour for primary buttons.
    theme = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())["theme"]
    primary = theme["primaryColor"]
    background = theme.get("backgroundColor", "#ffffff")
    secondary = theme.get("secondaryBackgroundColor", "#f0f2f6")
    for ground in (background, secondary, "#ffffff"):
        assert colour.contrast_ratio(primary, ground) >= MIN_TEXT_CONTRAST
        # A selected (and hovered) pill tints its background with the primary colour; axe
        # measured a 17 % tint in the browser, so allow up to 25 %.
        for tint in (0.1, 0.17, 0.25):
            assert colour.contrast_ratio(primary, _mix(primary, ground, tint)) >= 4.5
    assert colour.contrast_ratio(theme.get("textColor", "#31333f"), background) >= 7


def test_report_the_palette_figures(capsys: pytest.CaptureFixture[str]) -> None:
    """Not an assertion: prints the smallest ΔE per deficiency (kept in the test log)."""
    for name, palette in (("counts", COUNT_PALETTE), ("statuses", STATUS_PALETTE)):
        for deficiency in (None, "deuteranopia", "protanopia"):
            d = min(colour.cvd_delta_e(a, b, deficiency) for a, b in combinations(palette, 2))
            print(f"{name} {deficiency or 'normal'}: min ΔE2000 {d:.1f}")
