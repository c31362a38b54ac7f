"""The Regions tab: share of States with a recorded statement reporting each category."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from explorer import charts, exports, filters
from explorer.data import Dataset
from explorer.filters import View
from explorer.ui import header
from explorer.vocab import CAVEAT


def render(ds: Dataset, view: View, summary: pd.DataFrame) -> None:
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
    text = charts.FigureText(
        title="Share of States with a recorded statement that report each measure, by "
        f"{(level_label or 'Region').lower()}",
        filters=header.filters_in_words(view.filters, ds),
        caveat="Denominator n: States whose statement the selected documents record. " + CAVEAT,
    )
    st.plotly_chart(
        charts.region_share_figure(shares, view.categories, text=text),
        key="regions_chart",
        config=charts.image_config(
            exports.export_filename("regions", view.filters.active(), ext="svg").removesuffix(
                ".svg"
            )
        ),
        alt="Bar chart of the share of States with a recorded statement that report each "
        "measure, by region.",
    )
    st.caption(
        "Denominator (n): the States whose statement the selected documents record. States "
        "only listed as speakers (what they said is not reported) are left out, because the "
        "coverage could not have shown them reporting anything. Observers and organizations "
        "are not counted. " + CAVEAT
    )
