"""Dashboard entry point (``streamlit run dashboard.py``): page layout only.

The logic lives in the ``explorer`` package so it can be unit-tested; this file decides what
goes where on the page.
"""

from __future__ import annotations

import streamlit as st

from explorer import ui
from explorer.filters import apply_filters, country_summary

st.set_page_config(
    page_title="Anti-trafficking measures in UN statements",
    layout="wide",
    initial_sidebar_state="expanded",
)

dataset = ui.load_data()
ui.init_state(dataset)
selected = ui.sidebar(dataset)
view = apply_filters(dataset, selected)
summary = country_summary(view)
ui.downloads(dataset, view, summary)
ui.header(dataset, view, summary)
ui.notices(dataset, view)
ui.render_tabs(dataset, view, summary)
ui.sync_url(selected)
