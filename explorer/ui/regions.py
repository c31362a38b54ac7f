"""The Regions tab: share of States with a recorded statement reporting each category."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from explorer import charts, filters
from explorer.filters import View
from explorer.vocab import CAVEAT


def render(view: View, summary: pd.DataFrame) -> None:
    level_label = st.segmented_control(
        "Group by",
        ["Region", "Sub-region"],
        key="regions_level",
        default="Region",
    )
    level = "subregion" if level_label == "Sub-region" else "region"
    shares = filters.region_shares(summary, view.categories, level)
    if shares.empty:
        st.info("No State in these filters has a recorded statement in the selected documents.")
        return
    st.plotly_chart(
        charts.region_share_figure(shares, view.categories),
        key="regions_chart",
        config=charts.PLOTLY_CONFIG,
        alt="Bar chart of the share of States with a recorded statement that report each "
        "measure, by region.",
    )
    st.caption(
        "Denominator (n): the States whose statement the selected documents record. States "
        "only listed as speakers (what they said is not reported) are left out, because the "
        "coverage could not have shown them reporting anything. Observers and organizations "
        "are not counted. " + CAVEAT
    )
