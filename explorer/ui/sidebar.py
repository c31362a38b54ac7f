"""The sidebar: filters (seeded from the URL by :mod:`explorer.ui.state`) and downloads."""

from __future__ import annotations

import streamlit as st

from explorer.data import Dataset
from explorer.filters import Filters
from explorer.ui import state
from explorer.vocab import (
    CATEGORIES,
    CATEGORY_LABELS,
    KIND_LABELS,
    OPTIONAL_KINDS,
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
        st.multiselect(
            "Document or meeting",
            ds.doc_ids,
            format_func=ds.doc_label,
            key="f_doc",
            placeholder="All documents",
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
    )
