"""The sidebar's downloads: CSVs, a zip with the data dictionary and the filter state.

Every file goes through :func:`explorer.exports.to_csv_bytes` (formulas neutralised) and is
named after the filters (:func:`explorer.exports.export_filename`). Files are built only
when their button is clicked (deferred data), so ordinary reruns do not pay for them.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from explorer import exports, query
from explorer.data import Dataset
from explorer.filters import View
from explorer.vocab import CAVEAT


def view_files(ds: Dataset, view: View, summary: pd.DataFrame) -> dict[str, bytes]:
    """The view's three CSVs by their file names (the zip's members)."""
    active = view.filters.active()
    return {
        exports.export_filename("countries", active): exports.to_csv_bytes(
            exports.summary_frame(summary, view.categories)
        ),
        exports.export_filename("measures", active): exports.to_csv_bytes(
            exports.evidence_frame(view.measures, ds)
        ),
        exports.export_filename("documents", active): exports.to_csv_bytes(
            exports.documents_frame(ds, view.doc_ids)
        ),
    }


def bundle(ds: Dataset, view: View, summary: pd.DataFrame) -> bytes:
    state = exports.filter_state(view.filters, query.build_query(view.filters))
    return exports.bundle_zip(view_files(ds, view, summary), state)


def render(ds: Dataset, view: View, summary: pd.DataFrame) -> None:
    active = view.filters.active()
    categories = view.categories
    measures = view.measures
    buttons = [
        (
            "Country summary (CSV)",
            "dl_summary",
            lambda: exports.to_csv_bytes(exports.summary_frame(summary, categories)),
            exports.export_filename("countries", active),
            "text/csv",
        ),
        (
            "Evidence rows (CSV)",
            "dl_evidence",
            lambda: exports.to_csv_bytes(exports.evidence_frame(measures, ds)),
            exports.export_filename("measures", active),
            "text/csv",
        ),
        (
            "Documents (CSV)",
            "dl_documents",
            lambda: exports.to_csv_bytes(exports.documents_frame(ds, view.doc_ids)),
            exports.export_filename("documents", active),
            "text/csv",
        ),
        (
            "All of it, with data dictionary (ZIP)",
            "dl_zip",
            lambda: bundle(ds, view, summary),
            exports.export_filename("trafficking-measures", active, ext="zip"),
            "application/zip",
        ),
    ]
    with st.sidebar:
        st.markdown("### Download this view")
        for label, key, data, name, mime in buttons:
            st.download_button(
                label,
                data=data,
                file_name=name,
                mime=mime,
                key=key,
                on_click="ignore",
                icon=":material/download:",
                width="stretch",
            )
        st.caption(
            "One row per country (its map class, status per category, `not_said` when "
            "untagged), the matching evidence sentences with document title, date, speaker "
            "and source, and the selected documents. The ZIP adds the data dictionary and "
            "the filters (filters.json). File names carry the filters. " + CAVEAT
        )
