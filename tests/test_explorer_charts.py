"""Figure builders: classes, colours, legend, hover and click payload."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
import pytest

from explorer import charts
from explorer.data import Dataset
from explorer.filters import Filters, apply_filters, country_summary, region_shares
from explorer.vocab import (
    COUNT_RAMP,
    LISTED_ONLY_COLOUR,
    NOT_SPEAKER_COLOUR,
    SPOKE_NONE_COLOUR,
    STATUS_COLOURS,
)
from tests.conftest import minidata


@pytest.fixture(scope="module")
def ds() -> Dataset:
    return minidata(
        ("United States", "state", "USA", "Americas", "Northern America"),
    )


def map_parts(fig: go.Figure) -> tuple[go.Choropleth, dict[str, str]]:
    """The one choropleth trace, and the legend as {label: colour}."""
    choropleths = [t for t in fig.data if t.type == "choropleth"]
    assert len(choropleths) == 1
    legend = {
        t.name.rsplit(" (", 1)[0]: t.marker.color
        for t in fig.data
        if t.type == "scattergeo" and t.showlegend
    }
    return choropleths[0], legend


def colour_of(fig: go.Figure, iso3: str) -> str:
    """The fill colour plotly will give ``iso3``: its z index on the discrete colorscale."""
    trace, _ = map_parts(fig)
    z = trace.z[list(trace.locations).index(iso3)]
    scale = trace.colorscale
    position = (z - trace.zmin) / (trace.zmax - trace.zmin)
    matches = [colour for stop, colour in scale if abs(stop - position) < 1e-9]
    assert len(matches) == 1
    return str(matches[0])


def class_of(fig: go.Figure, iso3: str) -> str:
    trace, _ = map_parts(fig)
    return str(trace.customdata[list(trace.locations).index(iso3)][1])


def test_count_mode_has_three_visibly_distinct_groups(ds: Dataset) -> None:
    view = apply_filters(ds, Filters())
    fig = charts.map_figure(country_summary(view), view.categories)
    trace, legend = map_parts(fig)
    assert list(legend) == [
        "3 categories reported",
        "2 categories reported",
        "1 category reported",
        "Statement recorded, no selected measure",
        "Listed as a speaker, content not reported",
        "Not a speaker in the selected documents",
    ]
    assert class_of(fig, "FRA") == "3"
    assert class_of(fig, "JPN") == "spoke_none"
    assert class_of(fig, "SLE") == "listed_only"
    assert class_of(fig, "USA") == "not_speaker"
    assert colour_of(fig, "JPN") == SPOKE_NONE_COLOUR
    assert colour_of(fig, "SLE") == LISTED_ONLY_COLOUR
    assert colour_of(fig, "USA") == NOT_SPEAKER_COLOUR
    assert colour_of(fig, "FRA") == legend["3 categories reported"] == COUNT_RAMP[2]
    assert colour_of(fig, "BRA") == legend["1 category reported"] == COUNT_RAMP[0]
    assert len(set(legend.values())) == len(legend)  # every class its own colour
    assert trace.locationmode == "ISO-3"
    assert not trace.showscale
    assert fig.layout.geo.resolution == 50
    assert fig.layout.legend.title.text
    legend_traces = [t for t in fig.data if t.type == "scattergeo" and t.name != "small States"]
    assert all(t.showlegend for t in legend_traces)


def test_the_three_idle_classes_are_always_in_the_legend_with_counts(ds: Dataset) -> None:
    view = apply_filters(ds, Filters(regions=("Oceania",)))
    fig = charts.map_figure(country_summary(view), view.categories)
    _, legend = map_parts(fig)
    assert "Statement recorded, no selected measure" in legend
    assert "Listed as a speaker, content not reported" in legend
    assert "Not a speaker in the selected documents" in legend
    names = [t.name for t in fig.data if t.type == "scattergeo" and t.showlegend]
    assert all(name.endswith(")") and "(" in name for name in names)


def test_legend_counts_the_states_in_each_class(ds: Dataset) -> None:
    view = apply_filters(ds, Filters())
    summary = country_summary(view)
    fig = charts.map_figure(summary, view.categories)
    names = [t.name for t in fig.data if t.type == "scattergeo" and t.showlegend]
    drawable = summary[summary["iso3"] != ""]
    listed = int((drawable["map_class"] == "listed_only").sum())
    assert f"Listed as a speaker, content not reported ({listed})" in names
    total = sum(int(n.rsplit("(", 1)[1].rstrip(")")) for n in names)
    assert total == len(drawable)


def test_colour_of_a_count_does_not_depend_on_the_selection(ds: Dataset) -> None:
    two = apply_filters(ds, Filters(measures=("legislation", "shelters")))
    every = apply_filters(ds, Filters())
    fig_two = charts.map_figure(country_summary(two), two.categories)
    fig_every = charts.map_figure(country_summary(every), every.categories)
    for fig in (fig_two, fig_every):
        for iso3 in map_parts(fig)[0].locations:
            cls = class_of(fig, iso3)
            if cls.isdigit():
                assert colour_of(fig, iso3) == COUNT_RAMP[int(cls) - 1]


def test_hover_tells_listed_only_from_recorded_without_measure(ds: Dataset) -> None:
    view = apply_filters(ds, Filters())
    trace, _ = map_parts(charts.map_figure(country_summary(view), view.categories))
    hover = dict(zip(trace.locations, trace.hovertext, strict=True))
    assert "what it said is not reported" in hover["SLE"]
    assert "Statement recorded; it reports none" in hover["JPN"]
    assert "reported no" not in hover["SLE"].lower()


def test_small_states_are_markers_that_carry_the_click_payload() -> None:
    ds = minidata(("Malta", "state", "MLT", "Europe", "Southern Europe"))
    view = apply_filters(ds, Filters())
    fig = charts.map_figure(country_summary(view), view.categories)
    markers = [t for t in fig.data if t.type == "scattergeo" and not t.showlegend]
    assert len(markers) == 1
    payload = [c[0] for c in markers[0].customdata]
    assert "MLT" in payload
    assert "FRA" not in payload  # large States are reached on the choropleth
    at = payload.index("MLT")
    assert abs(markers[0].lon[at] - 14.4) < 0.5
    assert "<b>Malta</b>" in markers[0].hovertext[at]


def test_single_category_mode_colours_by_status(ds: Dataset) -> None:
    view = apply_filters(ds, Filters(measures=("shelters",)))
    fig = charts.map_figure(country_summary(view), view.categories)
    _, legend = map_parts(fig)
    assert [legend[label] for label in ("In place", "Planned")] == [
        STATUS_COLOURS["in_place"],
        STATUS_COLOURS["planned"],
    ]
    assert "In progress" not in legend  # no shelter is in progress in the fixtures
    assert colour_of(fig, "MEX") == colour_of(fig, "CIV") == STATUS_COLOURS["in_place"]
    assert colour_of(fig, "FRA") == STATUS_COLOURS["planned"]
    assert colour_of(fig, "NGA") == SPOKE_NONE_COLOUR
    assert "Shelters" in fig.layout.legend.title.text


def test_hover_names_country_and_categories(ds: Dataset) -> None:
    view = apply_filters(ds, Filters())
    fig = charts.map_figure(country_summary(view), view.categories)
    trace, _ = map_parts(fig)
    hover = trace.hovertext[list(trace.locations).index("FRA")]
    assert "<b>France</b>" in hover
    assert "Legislation: in place" in hover
    assert "Action plan: in place" in hover  # 2015 speech: in place beats 2021's in progress
    assert "Shelters: planned" in hover
    idle = trace.hovertext[list(trace.locations).index("USA")]
    assert "Not a speaker" in idle
    assert trace.customdata[0][0] == trace.locations[0]  # click payload: ISO3 first


def test_hover_escapes_names() -> None:
    row = {"name": "<img src=x>", "spoke": False, "legislation": ""}
    assert "&lt;img" in charts.hover_text(row, ("legislation",))


def test_zoom_only_when_asked(ds: Dataset) -> None:
    view = apply_filters(ds, Filters(regions=("Europe",)))
    summary = country_summary(view)
    assert charts.map_figure(summary, view.categories).layout.geo.fitbounds in (None, False)
    zoomed = charts.map_figure(summary, view.categories, zoom_to_data=True)
    assert zoomed.layout.geo.fitbounds == "locations"
    # Fixed world ranges would override the fit (the zoom-to-region bug).
    assert zoomed.layout.geo.lataxis.range is None
    assert zoomed.layout.geo.lonaxis.range is None


def test_count_colours_are_fixed_per_count() -> None:
    assert charts.count_colours(1) == [COUNT_RAMP[0]]
    assert charts.count_colours(2) == list(COUNT_RAMP[:2])
    assert charts.count_colours(5) == list(COUNT_RAMP)
    seven = charts.count_colours(7)  # more categories than ramp colours: still all distinct
    assert len(set(seven)) == 7
    assert seven[:5] == list(COUNT_RAMP)


def test_no_category_leaves_the_three_idle_classes(ds: Dataset) -> None:
    legend = charts.map_classes_legend(())
    assert [c.key for c in legend] == ["spoke_none", "listed_only", "not_speaker"]


def test_discrete_colorscale() -> None:
    assert charts.discrete_colorscale(["#a"]) == [[0, "#a"], [1, "#a"]]
    assert charts.discrete_colorscale(["#a", "#b", "#c"]) == [[0, "#a"], [0.5, "#b"], [1, "#c"]]


def test_region_figure(ds: Dataset) -> None:
    view = apply_filters(ds, Filters())
    shares = region_shares(country_summary(view), view.categories, "region")
    fig = charts.region_share_figure(shares, view.categories)
    assert [t.name for t in fig.data] == [
        "Legislation",
        "Shelters",
        "Referral mechanism",
        "Action plan",
        "Tech partnership",
    ]
    legislation = fig.data[0]
    assert "Africa (n=2)" in legislation.y
    assert legislation.x[list(legislation.y).index("Africa (n=2)")] == 50.0
    assert "denominator" in fig.layout.xaxis.title.text
    assert list(fig.layout.xaxis.range) == [0, 100]


def test_region_figure_empty() -> None:
    empty = pd.DataFrame(columns=["group", "category", "n_reporting", "n_speakers", "share"])
    assert len(charts.region_share_figure(empty, ("legislation",)).data) == 0


def test_plotly_config_is_offline() -> None:
    assert charts.PLOTLY_CONFIG["topojsonURL"] == "app/static/"
    static = Path(__file__).resolve().parent.parent / "static"
    assert (static / "world_50m.json").is_file()
    assert (static / "world_110m.json").is_file()


def test_timeline_marks_statuses_by_colour_and_shape(ds: Dataset) -> None:
    from explorer.filters import timeline_cells
    from explorer.vocab import CATEGORIES, CATEGORY_LABELS, STATUS_LABELS

    cells = timeline_cells(ds.measures[ds.measures["entity_key"] == "NGA"])
    fig = charts.timeline_figure(cells, CATEGORIES, (2000, 2024))
    marks = {t.name: t for t in fig.data if t.name}
    assert set(marks) == {STATUS_LABELS[s] for s in ("in_place", "in_progress", "planned")}
    in_place = marks[STATUS_LABELS["in_place"]]
    assert in_place.marker.color == STATUS_COLOURS["in_place"]
    assert len({t.marker.symbol for t in marks.values()}) == 3  # a shape per status
    assert list(in_place.x) == [2015, 2021, 2021]
    # The click payload names the cell, so the dashboard can find the sentence behind it.
    assert [list(c) for c in in_place.customdata] == [
        ["legislation", 2015],
        ["legislation", 2021],
        ["referral_mechanism", 2021],
    ]
    assert "2 tagged sentences" in in_place.hovertext[2]
    # Every category is a row, said or not, in vocabulary order; the x range is the years.
    assert list(fig.layout.yaxis.categoryarray) == [CATEGORY_LABELS[c] for c in CATEGORIES]
    assert list(fig.layout.xaxis.range) == [1999.5, 2024.5]


def test_timeline_keeps_only_selected_categories_and_survives_no_marks() -> None:
    cells = pd.DataFrame(
        {"category": ["shelters", "legislation"], "year": [2010, 2012], "status": ["planned"] * 2,
         "n": [1, 1]}
    )  # fmt: skip
    fig = charts.timeline_figure(cells, ("legislation",))
    marks = [t for t in fig.data if t.name]
    assert [list(t.customdata) for t in marks] == [[["legislation", 2012]]]
    empty = charts.timeline_figure(cells.iloc[0:0], ("legislation",))
    assert not [t for t in empty.data if t.name]


def test_figure_text_is_drawn_in_and_escaped(ds: Dataset) -> None:
    view = apply_filters(ds, Filters())
    text = charts.FigureText(
        title="Title <b>", filters="search: “<script>”", caveat="A missing tag means…"
    )
    fig = charts.map_figure(country_summary(view), view.categories, text=text)
    assert "Title &lt;b&gt;" in fig.layout.title.text
    assert "&lt;script&gt;" in fig.layout.title.text
    (note,) = fig.layout.annotations
    assert "Source:" in note.text and "A missing tag means" in note.text
    shares = region_shares(country_summary(view), view.categories, "region")
    bars = charts.region_share_figure(shares, view.categories, text=text)
    assert "Filters:" in bars.layout.title.text


def test_image_config_exports_svg_offline() -> None:
    config = charts.image_config("map_region-Africa")
    assert config["toImageButtonOptions"]["format"] == "svg"
    assert config["toImageButtonOptions"]["filename"] == "map_region-Africa"
    assert "toImage" not in config["modeBarButtonsToRemove"]
    assert config["topojsonURL"] == "app/static/"


def test_compact_map_puts_the_legend_below_and_crops_the_poles(ds: Dataset) -> None:
    view = apply_filters(ds, Filters())
    fig = charts.map_figure(country_summary(view), view.categories, compact=True)
    assert fig.layout.legend.orientation == "h"
    assert fig.layout.geo.domain.y[0] > 0  # the map sits above the legend, not under it
    assert fig.layout.geo.lataxis.range[0] > -57
