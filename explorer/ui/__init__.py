"""The Streamlit dashboard: one module per view, plus the state they share.

``dashboard.py`` lays the page out; :mod:`~explorer.ui.state` maps widgets to the URL,
:mod:`~explorer.ui.loading` reads (and if needed rebuilds) the data, :mod:`~explorer.ui.sidebar`
and :mod:`~explorer.ui.header` frame the page, and each tab is its own module
(:mod:`~explorer.ui.tabs` lists them). All document text goes through :mod:`explorer.text`
before reaching ``st.markdown``; ``unsafe_allow_html`` is never used.
"""
