"""The Matrix tab: speakers × categories, one readable status per cell."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from explorer.filters import View
from explorer.ui import state, widgets
from explorer.vocab import CATEGORY_LABELS, IDLE_LABELS, STATUS_LABELS


def _on_matrix_select() -> None:
    event = st.session_state.get("matrix")
    rows = []
    if event is not None and hasattr(event, "get"):
        rows = list((event.get("selection") or {}).get("rows", []))
    keys = st.session_state.get("_matrix_keys") or []
    if rows and 0 <= rows[0] < len(keys):
        state.open_profile(keys[rows[0]])


def _class_label(key: str) -> str:
    """The map's class in words (a count or status when a measure is reported)."""
    if key in IDLE_LABELS:
        return IDLE_LABELS[key]
    if key in STATUS_LABELS:
        return "Measure reported: " + STATUS_LABELS[key].lower()
    return "Measure reported"


def matrix_frame(summary: pd.DataFrame, categories: tuple[str, ...]) -> pd.DataFrame:
    """Speakers × categories with a readable status per cell (blank when not said)."""
    rows = summary[summary["spoke"]].copy()
    rows = rows.sort_values(["n_reported", "name"], ascending=[False, True])
    table = pd.DataFrame(
        {
            "key": rows["key"],
            "Country": rows["name"],
            "Region": rows["region"],
            "Sub-region": rows["subregion"],
            "Class": rows["map_class"].map(_class_label),
            "Reported": rows["n_reported"].astype(int),
        }
    )
    for category in categories:
        table[CATEGORY_LABELS[category]] = rows[category].map(widgets.status_cell)
    return table.reset_index(drop=True)


def render(view: View, summary: pd.DataFrame) -> None:
    table = matrix_frame(summary, view.categories)
    if table.empty:
        st.info("No country in these filters spoke in the selected documents.")
        return
    st.session_state["_matrix_keys"] = list(table["key"])
    shown = table.drop(columns=["key"])
    if widgets.is_phone():
        # A phone shows two or three columns: the country (pinned) and the categories
        # matter; region and sub-region are what the filters are for.
        shown = shown.drop(columns=["Region", "Sub-region"])
    st.dataframe(
        shown,
        hide_index=True,
        key="matrix",
        on_select=_on_matrix_select,
        selection_mode="single-row",
        height=min(36 + 35 * len(table), 640),
        column_config={
            "Country": st.column_config.TextColumn(pinned=True),
            "Reported": st.column_config.NumberColumn(
                width="small", help="Number of selected categories reported"
            ),
            "Region": st.column_config.TextColumn(width="small"),
            "Class": st.column_config.TextColumn(
                width="medium",
                help="The map's class. “Statement recorded, no selected measure”: the "
                "coverage reports what it said; “Listed as a speaker”: named among the "
                "speakers, what it said is not reported",
            ),
        },
    )
    st.caption(
        f"{len(table)} speakers in the selected documents. Click a column header to sort, a "
        "row to open its profile. “—” means the category is not said in this coverage, not "
        "that the measure does not exist."
    )
