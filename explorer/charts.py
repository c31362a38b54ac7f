"""Pure figure builders: data frames in, plotly figures out (no Streamlit calls).

Kept pure so tests can assert on classes and colours, and so the same figure can be
rendered by the dashboard and by the benchmark.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import pandas as pd
import plotly.graph_objects as go

from explorer.vocab import (
    BORDER_COLOUR,
    CATEGORY_COLOURS,
    CATEGORY_LABELS,
    COUNT_RAMP,
    LAND_COLOUR,
    NOT_SPEAKER,
    NOT_SPEAKER_COLOUR,
    SPOKE_NONE,
    SPOKE_NONE_COLOUR,
    STATUS_COLOURS,
    STATUS_LABELS,
    STATUSES,
)

# Plotly config shared by every chart. ``topojsonURL`` is relative so it also works under a
# ``server.baseUrlPath``; the files are served from ./static by Streamlit.
PLOTLY_CONFIG = {
    "topojsonURL": "app/static/",
    "displaylogo": False,
    "scrollZoom": False,
    "modeBarButtonsToRemove": ["select2d", "lasso2d", "toImage"],
}
FONT = '"Source Sans", sans-serif'


@dataclass(frozen=True)
class MapClass:
    key: str
    label: str
    colour: str


def count_colours(n_categories: int) -> list[str]:
    """Evenly spaced ramp colours for 1..n categories, so n always gets the darkest."""
    if n_categories <= 1:
        return [COUNT_RAMP[-1]]
    last = len(COUNT_RAMP) - 1
    if n_categories <= len(COUNT_RAMP):
        return [COUNT_RAMP[round(i * last / (n_categories - 1))] for i in range(n_categories)]
    # More categories than ramp colours (a category file was added): blend between the
    # ramp's stops so that every count still gets its own shade.
    return [_blend(i * last / (n_categories - 1)) for i in range(n_categories)]


def _blend(position: float) -> str:
    low = min(int(position), len(COUNT_RAMP) - 2)
    share = position - low
    a, b = (tuple(int(c[k : k + 2], 16) for k in (1, 3, 5)) for c in COUNT_RAMP[low : low + 2])
    return "#" + "".join(f"{round(x + (y - x) * share):02x}" for x, y in zip(a, b, strict=True))


def map_classes_legend(categories: tuple[str, ...]) -> list[MapClass]:
    """Legend entries, most informative first; the two grey-ish classes always close it."""
    classes: list[MapClass] = []
    if len(categories) == 1:
        for status in STATUSES:
            classes.append(MapClass(status, STATUS_LABELS[status], STATUS_COLOURS[status]))
    elif categories:
        colours = count_colours(len(categories))
        for n in range(len(categories), 0, -1):
            noun = "category" if n == 1 else "categories"
            label = f"{n} {noun} reported"
            if n == len(categories):
                label = f"All {n} {noun} reported" if n > 1 else label
            classes.append(MapClass(str(n), label, colours[n - 1]))
    classes.append(MapClass(SPOKE_NONE, "Spoke, no selected measure reported", SPOKE_NONE_COLOUR))
    classes.append(
        MapClass(NOT_SPEAKER, "Not a speaker in the selected documents", NOT_SPEAKER_COLOUR)
    )
    return classes


def hover_text(row: Mapping[Any, Any], categories: tuple[str, ...]) -> str:
    """Country name and what it reported; names are escaped because hover labels are HTML-ish."""
    lines = [f"<b>{html.escape(str(row['name']))}</b>"]
    reported = [
        f"{CATEGORY_LABELS[c]}: {STATUS_LABELS.get(str(row[c]), str(row[c])).lower()}"
        for c in categories
        if row.get(c, "")
    ]
    if reported:
        lines.extend(html.escape(line) for line in reported)
    elif row["spoke"]:
        lines.append("Spoke; the coverage reports none of the selected measures")
    else:
        lines.append("Not a speaker in the selected documents")
    lines.append("<i>Click for the country profile</i>")
    return "<br>".join(lines)


def discrete_colorscale(colours: list[str]) -> list[list[Any]]:
    """A colorscale that maps the integers 0..n-1 (``zmin=0, zmax=n-1``) to flat colours."""
    if len(colours) == 1:
        return [[0, colours[0]], [1, colours[0]]]
    last = len(colours) - 1
    return [[i / last, colour] for i, colour in enumerate(colours)]


def map_figure(
    summary: pd.DataFrame,
    categories: tuple[str, ...],
    *,
    zoom_to_data: bool = False,
    height: int = 500,
) -> go.Figure:
    """World choropleth of States coloured by class, with a legend that names each class.

    One choropleth trace draws every country (plotly converts the whole topojson once per
    choropleth trace, so one trace per class would multiply the redraw time); the legend
    comes from data-less marker traces, one per class present. ``summary`` is
    :func:`explorer.filters.country_summary`; only rows with an ISO3 code can be drawn.
    ``customdata`` is ``[iso3, class]`` per country so a click can open the profile.
    """
    drawable = summary[summary["iso3"] != ""]
    if len(categories) == 1:
        legend_title = f"{CATEGORY_LABELS[categories[0]]}: status reported"
    else:
        legend_title = f"Measure categories reported (of {len(categories)} selected)"
    present = set(drawable["map_class"])
    classes = [
        c
        for c in map_classes_legend(categories)
        if c.key in present or c.key in (SPOKE_NONE, NOT_SPEAKER)
    ]
    index = {c.key: i for i, c in enumerate(classes)}
    records = drawable.to_dict("records")
    traces: list[dict[str, Any]] = [
        {
            "type": "choropleth",
            "locations": list(drawable["iso3"]),
            "z": [index.get(str(r["map_class"]), index[NOT_SPEAKER]) for r in records],
            "zmin": 0,
            "zmax": max(1, len(classes) - 1),
            "colorscale": discrete_colorscale([c.colour for c in classes]),
            "locationmode": "ISO-3",
            "showscale": False,
            "showlegend": False,
            "name": "",
            "customdata": [[r["iso3"], r["map_class"]] for r in records],
            "hovertext": [hover_text(r, categories) for r in records],
            "hovertemplate": "%{hovertext}<extra></extra>",
            "marker": {"line": {"color": BORDER_COLOUR, "width": 0.5}},
            "selected": {"marker": {"opacity": 1}},
            "unselected": {"marker": {"opacity": 1}},
        }
    ]
    traces += [
        {
            "type": "scattergeo",
            "lon": [None],
            "lat": [None],
            "mode": "markers",
            "marker": {
                "symbol": "square",
                "size": 13,
                "color": cls.colour,
                "line": {"color": "#9e9e9e", "width": 0.5},
            },
            "name": cls.label,
            "legendgroup": cls.key,
            "showlegend": True,
            "hoverinfo": "skip",
        }
        for cls in classes
    ]
    geo: dict[str, Any] = {
        "resolution": 50,
        "projection": {"type": "natural earth"},
        "showframe": False,
        "showcoastlines": False,
        "showcountries": False,
        "showland": True,
        "landcolor": LAND_COLOUR,
        "showocean": False,
        "showlakes": False,
        "bgcolor": "rgba(0,0,0,0)",
        "lataxis": {"range": [-57, 84]},
        "lonaxis": {"range": [-170, 190]},
    }
    if zoom_to_data and len(drawable):
        geo["fitbounds"] = "locations"
    layout = {
        "geo": geo,
        "height": height,
        "margin": {"l": 0, "r": 0, "t": 0, "b": 0},
        "dragmode": False,
        "font": {"family": FONT, "size": 13},
        "legend": {
            "title": {"text": f"<b>{html.escape(legend_title)}</b>", "side": "top"},
            "orientation": "v",
            "yanchor": "bottom",
            "y": 0.02,
            "xanchor": "left",
            "x": 0.0,
            "bgcolor": "rgba(255,255,255,0.85)",
            "itemclick": False,
            "itemdoubleclick": False,
            "traceorder": "normal",
        },
        "hoverlabel": {
            "bgcolor": "white",
            "font": {"family": FONT, "size": 13, "color": "#1f1f1f"},
        },
        "clickmode": "event+select",
    }
    return go.Figure({"data": traces, "layout": layout})


def group_label(group: str, n_speakers: int) -> str:
    return f"{group} (n={n_speakers})"


def region_share_figure(shares: pd.DataFrame, categories: tuple[str, ...]) -> go.Figure:
    """Grouped horizontal bars: per region, the share of speaking States reporting each category.

    ``shares`` is :func:`explorer.filters.region_shares`. The denominator (n) is written into
    each group's label so the percentage can never be read without it.
    """
    fig = go.Figure()
    groups = sorted(shares["group"].unique()) if not shares.empty else []
    n_by_group = (
        shares.drop_duplicates("group").set_index("group")["n_speakers"].to_dict()
        if not shares.empty
        else {}
    )
    labels = {g: group_label(g, int(n_by_group[g])) for g in groups}
    for category in categories:
        part = shares[shares["category"] == category].set_index("group").reindex(groups)
        if part.empty:
            continue
        fig.add_trace(
            go.Bar(
                name=CATEGORY_LABELS[category],
                orientation="h",
                y=[labels[g] for g in groups],
                x=[round(float(v) * 100, 1) for v in part["share"]],
                text=[f"{float(v) * 100:.0f}%" for v in part["share"]],
                textposition="outside",
                cliponaxis=False,
                textfont={"size": 11, "color": "#444444"},
                marker={"color": CATEGORY_COLOURS[category]},
                customdata=list(
                    zip(
                        part["n_reporting"].astype(int),
                        part["n_speakers"].astype(int),
                        strict=True,
                    )
                ),
                hovertemplate=(
                    "%{y}<br>"
                    + CATEGORY_LABELS[category]
                    + ": %{customdata[0]} of %{customdata[1]} speaking States (%{x:.0f}%)"
                    "<extra></extra>"
                ),
            )
        )
    per_group = max(1, len(categories)) * 16 + 18
    fig.update_layout(
        barmode="group",
        height=max(260, 110 + per_group * max(1, len(groups))),
        margin={"l": 0, "r": 10, "t": 10, "b": 0},
        font={"family": FONT, "size": 13},
        xaxis={
            "title": {
                "text": "Share of speaking States that report the measure "
                "(denominator n: States listed as speakers in the selected documents)"
            },
            "range": [0, 100],
            "ticksuffix": "%",
            "gridcolor": "#e5e5e5",
        },
        yaxis={"autorange": "reversed", "title": {"text": ""}},
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.0, "x": 0, "title": {"text": ""}},
        plot_bgcolor="rgba(0,0,0,0)",
    )
    return fig


# One shape per status in rank order (most advanced first), so a mark reads without its
# colour too (colour-blind readers, greyscale prints); cycles if a status is added.
STATUS_SYMBOLS = ("circle", "diamond", "triangle-up", "square", "star", "x")


def status_symbol(status: str) -> str:
    rank = STATUSES.index(status) if status in STATUSES else len(STATUSES)
    return STATUS_SYMBOLS[rank % len(STATUS_SYMBOLS)]


def timeline_figure(
    cells: pd.DataFrame,
    categories: tuple[str, ...],
    years: tuple[int, int] | None = None,
) -> go.Figure:
    """Categories × years for one entity: a mark per (category, year) that has a tag.

    ``cells`` is :func:`explorer.filters.timeline_cells` (category, year, status, n). Every
    category in ``categories`` gets a row even without marks, so an empty row reads as "not
    said in those years". One trace per status, coloured and shaped by the pipeline's
    vocabulary, so the legend names each status. ``customdata`` is ``[category, year]`` per
    mark: the dashboard looks up the sentences behind a clicked mark with it. ``years`` fixes
    the x range (the selected year range) so two profiles line up.
    """
    rows = [CATEGORY_LABELS.get(c, c) for c in categories]
    traces: list[dict[str, Any]] = []
    for status in STATUSES:
        part = cells[(cells["status"] == status) & cells["category"].isin(list(categories))]
        if part.empty:
            continue
        label = STATUS_LABELS[status]
        counts = [int(n) for n in part["n"]]
        traces.append(
            {
                "type": "scatter",
                "mode": "markers",
                "name": label,
                "x": [int(y) for y in part["year"]],
                "y": [CATEGORY_LABELS.get(str(c), str(c)) for c in part["category"]],
                "customdata": [
                    [str(c), int(y)] for c, y in zip(part["category"], part["year"], strict=True)
                ],
                "hovertext": [
                    html.escape(f"{label}: {n} tagged sentence{'s' if n != 1 else ''}")
                    for n in counts
                ],
                "hovertemplate": "<b>%{y}, %{x}</b><br>%{hovertext}<br>"
                "<i>Click to read the sentence</i><extra></extra>",
                "marker": {
                    "color": STATUS_COLOURS[status],
                    "symbol": status_symbol(status),
                    "size": 15,
                    "line": {"color": "#333333", "width": 0.5},
                },
                "selected": {"marker": {"opacity": 1}},
                "unselected": {"marker": {"opacity": 0.5}},
            }
        )
    if years is None and not cells.empty:
        years = (int(cells["year"].min()), int(cells["year"].max()))
    xaxis: dict[str, Any] = {
        "title": {"text": "Year"},
        "tickformat": "d",
        "gridcolor": "#e5e5e5",
        "zeroline": False,
    }
    if years is not None:
        first, last = years
        xaxis["range"] = [first - 0.5, last + 0.5]
        xaxis["dtick"] = 1 if last - first <= 12 else 5
    layout = {
        "height": 90 + 42 * max(1, len(rows)),
        "margin": {"l": 0, "r": 10, "t": 30, "b": 0},
        "font": {"family": FONT, "size": 13},
        "xaxis": xaxis,
        "yaxis": {
            "type": "category",
            "categoryorder": "array",
            "categoryarray": rows,
            "range": [len(rows) - 0.5, -0.5],
            "title": {"text": ""},
            "gridcolor": "#e5e5e5",
        },
        "legend": {
            "orientation": "h",
            "yanchor": "bottom",
            "y": 1.0,
            "x": 0,
            "title": {"text": "Status"},
            "itemclick": False,
            "itemdoubleclick": False,
        },
        "plot_bgcolor": "rgba(0,0,0,0)",
        "clickmode": "event+select",
        "dragmode": False,
        "hoverlabel": {"bgcolor": "white", "font": {"family": FONT, "size": 13}},
    }
    # An invisible trace puts every category on the axis even when it has no mark.
    traces.insert(
        0,
        {
            "type": "scatter",
            "mode": "markers",
            "x": [None] * len(rows),
            "y": rows,
            "showlegend": False,
            "hoverinfo": "skip",
            "marker": {"opacity": 0},
        },
    )
    return go.Figure({"data": traces, "layout": layout})
