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

from explorer import geo
from explorer.vocab import (
    BORDER_COLOUR,
    CATEGORY_COLOURS,
    CATEGORY_LABELS,
    COUNT_RAMP,
    IDLE_COLOURS,
    IDLE_HOVER,
    IDLE_LABELS,
    LAND_COLOUR,
    LISTED_ONLY,
    NOT_SPEAKER,
    SPOKE_NONE,
    STATUS_COLOURS,
    STATUS_LABELS,
    STATUSES,
    TEXT_DARK,
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
SOURCE_LINE = (
    "Source: national measures tagged in UN meetings coverage and General Debate statements "
    "(trafficking-measures)."
)


@dataclass(frozen=True)
class FigureText:
    """What a figure must carry to be quoted on its own: a title, the filters, the source
    and the caveat. Drawn into the figure, so an exported image keeps them."""

    title: str
    filters: str
    source: str = SOURCE_LINE
    caveat: str = ""


def image_config(filename: str, fmt: str = "svg") -> dict[str, Any]:
    """Plotly config with the camera button: the browser renders the figure (plotly.js's
    own SVG/PNG export, offline, no server-side Chrome or kaleido) as ``filename.fmt``."""
    return {
        **PLOTLY_CONFIG,
        "modeBarButtonsToRemove": ["select2d", "lasso2d"],
        "displayModeBar": True,
        "toImageButtonOptions": {
            "format": fmt,
            "filename": filename,
            "width": 1200,
            "height": 720,
            "scale": 1,
        },
    }


def _wrap(text: str, width: int) -> str:
    """Plotly does not wrap text: break it into ``<br>``-joined lines of about ``width``."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}".strip()
    if current:
        lines.append(current)
    return "<br>".join(html.escape(line) for line in lines)


def add_figure_text(fig: go.Figure, text: FigureText, *, compact: bool = False) -> go.Figure:
    """Title and filters on top, source and caveat at the bottom, all escaped (the filters
    may hold a user's search text). ``compact`` wraps for a phone's width."""
    width = 48 if compact else 140
    title = (
        _wrap(text.title, width).join(("<b>", "</b>"))
        + "<br><span style='font-size:12px'>"
        + _wrap("Filters: " + text.filters, width)
        + "</span>"
    )
    note = _wrap(" ".join(p for p in (text.source, text.caveat) if p), 60 if compact else 170)
    old_top, old_bottom = fig.layout.margin.t or 0, fig.layout.margin.b or 0
    top = max(old_top, 30 + 17 * (title.count("<br>") + 1))
    bottom = max(old_bottom, 16 + 14 * (note.count("<br>") + 1))
    fig.update_layout(
        title={
            "text": title,
            "x": 0,
            "xanchor": "left",
            "xref": "paper",
            "y": 1,
            "yref": "container",
            "yanchor": "top",
            "pad": {"t": 14},
            "font": {"size": 16, "color": TEXT_DARK},
        },
        margin={"t": top, "b": bottom},
        height=(fig.layout.height or 450) + (top - old_top) + (bottom - old_bottom),
    )
    fig.add_annotation(
        text=note,
        xref="paper",
        yref="paper",
        x=0,
        y=0,
        yshift=-8,
        xanchor="left",
        yanchor="top",
        showarrow=False,
        align="left",
        font={"size": 11, "color": "#4a4a4a"},
    )
    return fig


@dataclass(frozen=True)
class MapClass:
    key: str
    label: str
    colour: str


def count_colour(n: int) -> str:
    """The one colour of "n categories reported", whatever the number selected.

    Fixed per count so that a colour keeps its meaning when categories are toggled. Counts
    beyond the ramp (a category file was added) get ever darker shades of its last colour.
    """
    if n <= len(COUNT_RAMP):
        return COUNT_RAMP[max(n, 1) - 1]
    extra = n - len(COUNT_RAMP)
    return _blend(COUNT_RAMP[-1], "#000000", extra / (extra + 2))


def count_colours(n_categories: int) -> list[str]:
    """Colours of the counts 1..n, in order."""
    return [count_colour(n) for n in range(1, n_categories + 1)]


def _blend(a_hex: str, b_hex: str, share: float) -> str:
    a, b = (tuple(int(c[k : k + 2], 16) for k in (1, 3, 5)) for c in (a_hex, b_hex))
    return "#" + "".join(f"{round(x + (y - x) * share):02x}" for x, y in zip(a, b, strict=True))


IDLE_CLASSES = (SPOKE_NONE, LISTED_ONLY, NOT_SPEAKER)


def map_classes_legend(categories: tuple[str, ...]) -> list[MapClass]:
    """Legend entries, most informative first; the three "no measure" classes close it."""
    classes: list[MapClass] = []
    if len(categories) == 1:
        for status in STATUSES:
            classes.append(MapClass(status, STATUS_LABELS[status], STATUS_COLOURS[status]))
    elif categories:
        for n in range(len(categories), 0, -1):
            noun = "category" if n == 1 else "categories"
            label = f"{n} {noun} reported"
            if n == len(categories):
                label = f"All {n} {noun} reported" if n > 1 else label
            classes.append(MapClass(str(n), label, count_colour(n)))
    for key in IDLE_CLASSES:
        classes.append(MapClass(key, IDLE_LABELS[key], IDLE_COLOURS[key]))
    return classes


def hover_text(row: Mapping[Any, Any], categories: tuple[str, ...]) -> str:
    """Country name and what it reported; names are escaped because hover labels are HTML-ish.

    The three "nothing reported" cases get their own sentence, so a State only listed as a
    speaker never reads as one that "reported no measures".
    """
    lines = [f"<b>{html.escape(str(row['name']))}</b>"]
    reported = [
        f"{CATEGORY_LABELS[c]}: {STATUS_LABELS.get(str(row[c]), str(row[c])).lower()}"
        for c in categories
        if row.get(c, "")
    ]
    if reported:
        lines.extend(html.escape(line) for line in reported)
    elif row.get("content_reported", False):
        lines.append(IDLE_HOVER[SPOKE_NONE])
    elif row["spoke"]:
        lines.append(IDLE_HOVER[LISTED_ONLY])
    else:
        lines.append(IDLE_HOVER[NOT_SPEAKER])
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
    text: FigureText | None = None,
    compact: bool = False,
) -> go.Figure:
    """World choropleth of States coloured by class, with a legend that names each class.

    One choropleth trace draws every country (plotly converts the whole topojson once per
    choropleth trace, so one trace per class would multiply the redraw time); the legend
    comes from data-less marker traces, one per class present. ``summary`` is
    :func:`explorer.filters.country_summary`; only rows with an ISO3 code can be drawn.
    ``customdata`` is ``[iso3, class]`` per country so a click can open the profile.
    ``compact`` (phones) crops the polar rows nobody reports from, so the map is taller at the
    same width, and moves the legend below the map instead of over it.
    """
    drawable = summary[summary["iso3"] != ""]
    if len(categories) == 1:
        legend_title = f"{CATEGORY_LABELS[categories[0]]}: status reported"
    else:
        legend_title = f"Measure categories reported (of {len(categories)} selected)"
    counts = drawable["map_class"].astype(str).value_counts().to_dict()
    classes = [
        c for c in map_classes_legend(categories) if c.key in counts or c.key in IDLE_CLASSES
    ]
    index = {c.key: i for i, c in enumerate(classes)}
    colour = {c.key: c.colour for c in classes}
    iso3s = drawable["iso3"].tolist()
    map_class = drawable["map_class"].astype(str).tolist()
    customdata = [[i, c] for i, c in zip(iso3s, map_class, strict=True)]
    hovers = [hover_text(r, categories) for r in drawable.to_dict("records")]
    traces: list[dict[str, Any]] = [
        {
            "type": "choropleth",
            "locations": iso3s,
            "z": [index.get(c, index[NOT_SPEAKER]) for c in map_class],
            "zmin": 0,
            "zmax": max(1, len(classes) - 1),
            "colorscale": discrete_colorscale([c.colour for c in classes]),
            "locationmode": "ISO-3",
            "showscale": False,
            "showlegend": False,
            "name": "",
            "customdata": customdata,
            "hovertext": hovers,
            "hovertemplate": "%{hovertext}<extra></extra>",
            "marker": {"line": {"color": BORDER_COLOUR, "width": 0.5}},
            "selected": {"marker": {"opacity": 1}},
            "unselected": {"marker": {"opacity": 1}},
        }
    ]
    # Small States as markers at their centroid, so they can be seen, hovered and clicked.
    small = geo.small_states()
    at = [i for i, code in enumerate(iso3s) if code in small]
    if at:
        traces.append(
            {
                "type": "scattergeo",
                "lon": [small[iso3s[i]].lon for i in at],
                "lat": [small[iso3s[i]].lat for i in at],
                "mode": "markers",
                "marker": {
                    "size": [6 if map_class[i] == NOT_SPEAKER else 10 for i in at],
                    "color": [colour.get(map_class[i], colour[NOT_SPEAKER]) for i in at],
                    "line": {"color": TEXT_DARK, "width": 1},
                },
                "name": "small States",
                "showlegend": False,
                "customdata": [customdata[i] for i in at],
                "hovertext": [hovers[i] for i in at],
                "hovertemplate": "%{hovertext}<extra></extra>",
                "selected": {"marker": {"opacity": 1}},
                "unselected": {"marker": {"opacity": 1}},
            }
        )
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
                "line": {"color": "#767676", "width": 0.5},
            },
            "name": f"{cls.label} ({counts.get(cls.key, 0)})",
            "legendgroup": cls.key,
            "showlegend": True,
            "hoverinfo": "skip",
        }
        for cls in classes
    ]
    geo_layout: dict[str, Any] = {
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
    }
    if zoom_to_data and len(drawable):
        # Fit the selection; fixed world ranges would override the fit, so none are set.
        geo_layout["fitbounds"] = "locations"
    elif compact:
        # Cropped to where States are (no Antarctica, no Arctic ocean) in Miller, which keeps
        # shapes recognisable: about 0.5 as tall as wide (~185 px on a 390 px screen; 165 px
        # before), with no empty band around it; the +/- buttons zoom further.
        geo_layout["projection"] = {"type": "miller"}
        geo_layout["lataxis"] = {"range": [-42, 72]}
        geo_layout["lonaxis"] = {"range": [-125, 150]}
    else:
        geo_layout["lataxis"] = {"range": [-57, 84]}
        geo_layout["lonaxis"] = {"range": [-170, 190]}
    layout: dict[str, Any] = {
        "geo": geo_layout,
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
            "font": {"family": FONT, "size": 13, "color": TEXT_DARK},
        },
        "clickmode": "event+select",
    }
    if compact:
        layout["height"] = 215 + 22 * len(classes)
        map_share = 195 / layout["height"]
        layout["geo"]["domain"] = {"y": [1 - map_share, 1]}
        layout["legend"] = {
            **layout["legend"],
            "orientation": "h",
            "yanchor": "top",
            "y": 1 - map_share,
            "entrywidth": 1.0,
            "entrywidthmode": "fraction",
            "font": {"size": 12},
        }
    fig = go.Figure({"data": traces, "layout": layout})
    if text:
        add_figure_text(fig, text, compact=compact)
    return fig


def group_label(group: str, n_speakers: int) -> str:
    return f"{group} (n={n_speakers})"


def region_share_figure(
    shares: pd.DataFrame, categories: tuple[str, ...], text: FigureText | None = None
) -> go.Figure:
    """Grouped bars: per region, the share of States with a recorded statement reporting each
    category.

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
                    + ": %{customdata[0]} of %{customdata[1]} States with a recorded statement"
                    " (%{x:.0f}%)"
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
                "text": "Share of States with a recorded statement that report the measure "
                "(denominator n: States whose statement the selected documents record)"
            },
            "range": [0, 100],
            "ticksuffix": "%",
            "gridcolor": "#e5e5e5",
        },
        yaxis={"autorange": "reversed", "title": {"text": ""}},
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.0, "x": 0, "title": {"text": ""}},
        plot_bgcolor="rgba(0,0,0,0)",
    )
    if text:
        # The legend sits above the bars, so the title needs room above it.
        add_figure_text(fig, text)
        fig.update_layout(margin={"t": fig.layout.margin.t + 30})
        fig.update_layout(height=fig.layout.height + 30)
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
