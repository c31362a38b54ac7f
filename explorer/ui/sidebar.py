"""The sidebar: filters (seeded from the URL by :mod:`explorer.ui.state`) and downloads."""

from __future__ import annotations

from typing import Any, cast

import streamlit as st

from explorer.data import Dataset
from explorer.filters import Filters
from explorer.ui import state
from explorer.vocab import (
    CATEGORIES,
    CATEGORY_LABELS,
    KIND_LABELS,
    OPTIONAL_KINDS,
    SOURCE_LABELS,
    STATE,
    STATUS_LABELS,
    STATUSES,
)


def sidebar(ds: Dataset) -> Filters:
    """Draw the filters and return them. Widget state is seeded by :func:`init_state`."""
    ss = st.session_state
    with st.sidebar:
        head, button = st.columns([1, 1.3], vertical_alignment="center")
        head.markdown("### Filters")
        button.button(
            "Clear filters", key="clear_filters", on_click=state.reset_filters, width="stretch"
        )
        st.pills("Region (UN M49)", ds.regions, selection_mode="multi", key="f_region")
        subregion_options = ds.subregions(ss.get("f_region") or [])
        ss["f_subregion"] = [s for s in ss.get("f_subregion", []) if s in subregion_options]
        st.multiselect(
            "Sub-region", subregion_options, key="f_subregion", placeholder="All sub-regions"
        )
        st.pills(
            "Measure category",
            list(CATEGORIES),
            selection_mode="multi",
            format_func=CATEGORY_LABELS.__getitem__,
            key="f_measure",
        )
        st.pills(
            "Status",
            list(STATUSES),
            selection_mode="multi",
            format_func=STATUS_LABELS.__getitem__,
            key="f_status",
        )
        years = year_filter(ds)
        st.pills(
            "Source",
            ds.sources,
            selection_mode="multi",
            format_func=source_label,
            key="f_source",
            help="None selected means every source. General Debate: each State's yearly "
            "speech to the General Assembly; meeting coverage: UN press releases of a "
            "meeting; article: news reports.",
        )
        pickable = ds.pickable_docs
        if pickable:
            st.multiselect(
                "Meeting or article",
                pickable,
                format_func=ds.doc_label,
                key="f_doc",
                placeholder="All meetings and articles",
                help="General Debate speeches (one per State and year) are chosen with the "
                "years, the source and the country instead.",
            )
        st.pills(
            "Also include",
            list(OPTIONAL_KINDS),
            selection_mode="multi",
            format_func=KIND_LABELS.__getitem__,
            key="f_kind",
            help="States are always shown. Observers include the European Union, the Holy See "
            "and the State of Palestine; organizations include UN entities and NGOs.",
        )
        st.text_input(
            "Find a country", key="f_search", placeholder="Name or ISO3 code, e.g. Nigeria"
        )
    return Filters(
        regions=tuple(ss.get("f_region") or ()),
        subregions=tuple(ss.get("f_subregion") or ()),
        measures=tuple(c for c in CATEGORIES if c in (ss.get("f_measure") or ())),
        statuses=tuple(s for s in STATUSES if s in (ss.get("f_status") or ())),
        docs=tuple(ss.get("f_doc") or ()),
        kinds=(STATE, *[k for k in OPTIONAL_KINDS if k in (ss.get("f_kind") or ())]),
        search=str(ss.get("f_search") or ""),
        years=years,
        sources=tuple(s for s in ds.sources if s in (ss.get("f_source") or ())),
    )


def source_label(kind: str) -> str:
    return SOURCE_LABELS.get(kind, kind.capitalize())


def year_filter(ds: Dataset) -> tuple[int, int] | None:
    """The year-range slider; None when it spans the data (which keeps undated documents).

    No slider when the data hold fewer than two years: there is nothing to narrow.
    """
    bounds = ds.years
    if bounds is None or bounds[0] == bounds[1]:
        return None
    ss = st.session_state
    ss[state.YEAR_BOUNDS] = bounds  # what "Clear filters" restores, after a rebuild too
    chosen = ss.get("f_years")
    if not (
        isinstance(chosen, tuple | list)
        and len(chosen) == 2
        and bounds[0] <= int(chosen[0]) <= int(chosen[1]) <= bounds[1]
    ):
        ss["f_years"] = bounds
    # A (first, last) value in session state makes this a range slider; the stubs only
    # know the single-value overload for int bounds.
    picked = cast(Any, st.slider("Years", bounds[0], bounds[1], key="f_years", step=1))
    first, last = int(picked[0]), int(picked[1])
    undated = ds.undated_documents
    if undated:
        st.caption(
            f"{undated} document{'s' if undated != 1 else ''} without a year "
            f"{'are' if undated != 1 else 'is'} included only when the whole range "
            f"{bounds[0]}–{bounds[1]} is selected."
        )
    return None if (first, last) == bounds else (int(first), int(last))
