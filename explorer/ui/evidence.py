"""The Evidence tab: every tagged measure in the view, one row each."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from explorer import filters
from explorer.data import Dataset, heldout_sentence
from explorer.filters import View
from explorer.ui import widgets
from explorer.vocab import CATEGORY_LABELS, CAVEAT, STATUS_LABELS


def render(ds: Dataset, view: View) -> None:
    table = filters.evidence_table(ds, view)
    if table.empty:
        st.info("No evidence rows match these filters.")
        return
    shown = pd.DataFrame(
        {
            "Entity": table["entity"],
            "Category": table["category"].map(CATEGORY_LABELS),
            "Status": table["status"].map(STATUS_LABELS),
            "Evidence": table["evidence"],
            "Document": table["document"],
            "Date": table["date"].where(table["date"] != "", "undated"),
            "Source": table["source_kind"],
            "Citation": table["citation"],
            "Statement": table["statement_id"],
        }
    )
    # st.dataframe shows cells as text (never markdown or HTML); a selected row's citation
    # is repeated below in a copyable block.
    event = st.dataframe(
        shown,
        hide_index=True,
        key="evidence_table",
        on_select="rerun",
        selection_mode="single-row",
        column_config={
            "Evidence": st.column_config.TextColumn(width="large"),
            "Citation": st.column_config.TextColumn(width="medium"),
        },
    )
    rows = list(event.selection.rows) if hasattr(event, "selection") else []
    if rows and 0 <= rows[0] < len(table):
        row = table.iloc[rows[0]]
        with st.container(border=True, key="evidence_selected"):
            widgets.evidence_with_citation(str(row["evidence"]), str(row["citation"]))
    else:
        st.caption("Select a row to copy its citation.")
    st.caption(f"{len(shown)} tagged measures. " + CAVEAT)
    reliability = heldout_sentence(ds.heldout, CATEGORY_LABELS)
    if reliability:
        st.caption(reliability)
