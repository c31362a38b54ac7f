"""Dashboard entry point (``streamlit run dashboard.py``): page layout only.

The views live in the ``explorer.ui`` package (one module per tab) and the logic in
``explorer`` so both can be tested without a browser; this file decides what goes where.
"""

from __future__ import annotations

import streamlit as st

from explorer.filters import apply_filters, country_summary
from explorer.ui import downloads, header, loading, sidebar, state, tabs

st.set_page_config(
    page_title="Anti-trafficking measures in UN statements",
    layout="wide",
    initial_sidebar_state="auto",
)

# Also set here, not only in .streamlit/config.toml (read from the working directory): the
# tables' own "Download as CSV" would write document text with formulas unneutralised.
st.set_option("client.disableDataExport", True)

dataset = loading.load_data()
state.init_state(dataset)
selected = sidebar.sidebar(dataset)
view = apply_filters(dataset, selected)
summary = country_summary(view)
downloads.render(dataset, view, summary)
header.header(dataset, view, summary)
header.notices(dataset, view)
tabs.render(dataset, view, summary)
state.sync_url(selected)
