"""The Map tab: a choropleth of what each State reported; a click opens its profile."""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from explorer import charts, exports
from explorer.data import Dataset
from explorer.filters import View
from explorer.ui import header, state, widgets
from explorer.vocab import CAVEAT

TITLE = "What countries say they do against human trafficking"


def _on_map_select() -> None:
    """A click on a country opens its profile (selection state is read before the rerun)."""
    event = st.session_state.get("map")
    points = []
    if event is not None:
        selection = event.get("selection") if hasattr(event, "get") else None
        points = list((selection or {}).get("points", []))
    if not points:
        return
    point = points[0]
    location = point.get("location") or point.get("customdata")
    if isinstance(location, list):
        location = location[0] if location else None
    known = st.session_state.get("_entity_keys") or set()
    if isinstance(location, str) and location in known:
        state.open_profile(location)


@st.cache_resource(show_spinner=False, max_entries=64)
def _cached_map(
    _summary: pd.DataFrame,
    key: tuple[object, ...],
    categories: tuple[str, ...],
    zoom: bool,
    text: charts.FigureText,
    compact: bool,
) -> Any:
    """The map for one view, built once per server: plotly validates every property when a
    figure is built (~100 ms here), and a filter toggled back and forth, or the same view
    in another session, needs the same figure. ``key`` is a hash of the summary's content
    (a few ms), so new data never get an old map; st.plotly_chart only reads the figure."""
    del key
    return charts.map_figure(_summary, categories, zoom_to_data=zoom, text=text, compact=compact)


def render(ds: Dataset, view: View, summary: pd.DataFrame) -> None:
    if view.entities.empty or not view.categories or not view.filters.statuses:
        st.info("Nothing to draw for these filters.")
        return
    zoom = bool(view.filters.regions or view.filters.subregions or view.filters.search.strip())
    text = charts.FigureText(
        title=TITLE, filters=header.filters_in_words(view.filters, ds), caveat=CAVEAT
    )
    fig = _cached_map(
        summary,
        (int(pd.util.hash_pandas_object(summary, index=False).sum()), tuple(summary.columns)),
        view.categories,
        zoom,
        text,
        widgets.is_phone(),
    )
    st.plotly_chart(
        fig,
        key="map",
        on_select=_on_map_select,
        selection_mode="points",
        config=charts.image_config(
            exports.export_filename("map", view.filters.active(), ext="svg").removesuffix(".svg")
        ),
        alt="World map of States coloured by the anti-trafficking measures they reported.",
    )
    st.caption(
        "Colour shows what the coverage reports. " + CAVEAT + " “Listed as a speaker, content "
        "not reported”: the document names the State among the speakers but does not report "
        "what it said, so nothing can be said about its measures. Small States are drawn as "
        "circles. Click a country or circle to open its profile. The camera button above the "
        "map saves it as SVG with its title, filters, source and caveat."
    )
