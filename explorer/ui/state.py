"""Session state and the URL: the one place that maps widget keys to a shareable link.

Every view reads and writes ``st.session_state`` through the keys defined here; the URL is
parsed once per session (:func:`init_state`) and written back after each run
(:func:`sync_url`), so links stay valid whatever view is open.
"""

from __future__ import annotations

from typing import Any

import streamlit as st

from explorer import query
from explorer.data import Dataset
from explorer.filters import Filters
from explorer.vocab import CATEGORIES, STATE, STATUSES

TAB_LABELS = query.TAB_LABELS
PROFILE_TAB = "Country profile"

# Widget keys of the sidebar filters and their defaults (what "Clear filters" restores).
FILTER_DEFAULTS: dict[str, Any] = {
    "f_region": [],
    "f_subregion": [],
    "f_measure": list(CATEGORIES),
    "f_status": list(STATUSES),
    "f_source": [],
    "f_doc": [],
    "f_kind": [],
    "f_search": "",
}
# Where the data's (first, last) year is kept for "Clear filters", which has no dataset.
YEAR_BOUNDS = "_year_bounds"


def known_values(ds: Dataset) -> query.Known:
    names = {str(n): str(k) for n, k in zip(ds.entities["name"], ds.entities["key"], strict=True)}
    return query.Known(
        regions=tuple(ds.regions),
        subregions=tuple(ds.subregions()),
        docs=tuple(ds.pickable_docs),
        entities=tuple(ds.entities["key"]),
        entity_names=names,
        years=ds.years,
        sources=tuple(ds.sources),
    )


def current_query() -> dict[str, list[str]]:
    return {key: st.query_params.get_all(key) for key in st.query_params}


def init_state(ds: Dataset) -> None:
    """On a session's first run, restore the view from the URL into widget state."""
    if st.session_state.get("_initialised"):
        return
    parsed = query.parse_query(current_query(), known_values(ds))
    f = parsed.filters
    st.session_state.update(
        {
            "f_region": list(f.regions),
            "f_subregion": list(f.subregions),
            "f_measure": list(f.measures),
            "f_status": list(f.statuses),
            "f_years": f.years or ds.years,
            YEAR_BOUNDS: ds.years,
            "f_source": list(f.sources),
            "f_doc": list(f.docs),
            "f_kind": [k for k in f.kinds if k != STATE],
            "f_search": f.search,
            "compare": list(parsed.compare),
            "profile": parsed.profile,
            "tab": parsed.tab or TAB_LABELS[0],
            "_url_notice": parsed.unknown,
            "_initialised": True,
        }
    )


def sync_url(flt: Filters) -> None:
    """Write the view into the URL (only when it changed, to keep browser history clean)."""
    desired = query.build_query(
        flt,
        compare=st.session_state.get("compare") or [],
        profile=st.session_state.get("profile"),
        tab=st.session_state.get("tab"),
    )
    current = current_query()
    for key, values in current.items():
        if key.startswith(query.RESERVED_PREFIXES):
            desired[key] = values
    if current != desired:
        st.query_params.from_dict(desired)


def reset_filters() -> None:
    for key, value in FILTER_DEFAULTS.items():
        st.session_state[key] = list(value) if isinstance(value, list) else value
    st.session_state["f_years"] = st.session_state.get(YEAR_BOUNDS)


def dismiss_notice() -> None:
    st.session_state["_url_notice"] = []


def open_profile(key: str) -> None:
    """Show ``key`` in the profile tab (map clicks and matrix rows both lead there)."""
    st.session_state["profile"] = key
    st.session_state["tab"] = PROFILE_TAB
