"""The seven views as tabs; only the open one is rendered."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import streamlit as st

from explorer.data import Dataset
from explorer.filters import View
from explorer.ui import about, compare, evidence, map_view, matrix, profile, regions, state


def render(ds: Dataset, view: View, summary: pd.DataFrame) -> None:
    st.session_state["_entity_keys"] = set(ds.entities["key"])
    renderers: dict[str, Callable[[], None]] = {
        "Map": lambda: map_view.render(ds, view, summary),
        state.PROFILE_TAB: lambda: profile.render(ds, view),
        "Matrix": lambda: matrix.render(view, summary),
        "Compare": lambda: compare.render(ds, view, summary),
        "Regions": lambda: regions.render(ds, view, summary),
        "Evidence": lambda: evidence.render(ds, view),
        "About": lambda: about.render(ds),
    }
    tabs = st.tabs(list(state.TAB_LABELS), key="tab", on_change="rerun")
    for label, tab in zip(state.TAB_LABELS, tabs, strict=True):
        with tab:
            if tab.open:
                renderers[label]()
