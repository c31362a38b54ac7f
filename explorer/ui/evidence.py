"""The Evidence tab: every tagged measure in the view, one row each."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from explorer import filters
from explorer.data import Dataset
from explorer.filters import View
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
            "Date": table["date"],
            "Statement": table["statement_id"],
        }
    )
    st.dataframe(
        shown,
        hide_index=True,
        key="evidence_table",
        column_config={"Evidence": st.column_config.TextColumn(width="large")},
    )
    st.caption(f"{len(shown)} tagged measures. " + CAVEAT)
