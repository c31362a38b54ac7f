"""Page header, headline figures, the URL notice and the empty-view explanation."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from explorer.data import Dataset
from explorer.filters import Filters, View
from explorer.text import escape_markdown
from explorer.ui import state, widgets
from explorer.vocab import CATEGORY_LABELS, KIND_LABELS, SOURCE_LABELS, STATE, STATUS_LABELS


def describe_filters(flt: Filters, ds: Dataset) -> str:
    """Active filters in words, escaped for markdown."""
    return escape_markdown(filters_in_words(flt, ds))


def filters_in_words(flt: Filters, ds: Dataset) -> str:
    """Active filters in plain words ("none" for the default view), unescaped: callers
    escape for where it goes (markdown here, HTML in figure titles)."""
    names = {
        "region": "region",
        "subregion": "sub-region",
        "measure": "measure",
        "status": "status",
        "years": "years",
        "source": "source",
        "doc": "document",
        "kind": "also including",
        "q": "search",
    }
    parts = []
    for key, values in flt.active().items():
        shown: list[str] = []
        for value in values:
            if key == "measure":
                shown.append(CATEGORY_LABELS.get(value, value))
            elif key == "status":
                shown.append(STATUS_LABELS.get(value, value))
            elif key == "source":
                shown.append(SOURCE_LABELS.get(value, value))
            elif key == "doc":
                shown.append(ds.doc_label(value))
            elif key == "kind":
                shown.append(KIND_LABELS.get(value, value).lower())
            else:
                shown.append(f"“{value}”" if key == "q" else value)
        parts.append(f"{names[key]}: {', '.join(shown) or 'none'}")
    return "; ".join(parts) if parts else "none"


def header(ds: Dataset, view: View, summary: pd.DataFrame) -> None:
    states = summary[summary["kind"] == STATE]
    figures = [
        ("Documents", f"{len(view.doc_ids)} of {len(ds.documents)}"),
        ("States that spoke", str(int(states["spoke"].sum()))),
        ("States reporting a selected measure", str(int((states["n_reported"] > 0).sum()))),
        ("Measures tagged", str(len(view.measures))),
    ]
    if widgets.is_phone():
        # On a phone the map comes first: a short title and one line of figures instead of
        # a three-line heading and four stacked metrics that filled the first screen.
        st.markdown("#### What countries say they do against human trafficking")
        st.caption(
            " · ".join(f"{label}: **{value}**" for label, value in figures)
            + " · *A missing tag means “not said in this coverage”, not “does not exist”.*"
        )
        return
    st.header("What countries say they do against human trafficking")
    st.markdown(
        "National measures that States report in their General Debate speeches, in UN "
        "meetings coverage and in news articles, tagged by category and status, with the "
        "sentence that shows it. "
        "*A missing tag means “not said in this coverage”, not “does not exist”.*"
    )
    cols = st.columns(len(figures))
    for col, (label, value) in zip(cols, figures, strict=True):
        col.metric(label, value)
    if view.undated_excluded:
        n = view.undated_excluded
        st.caption(
            f"{n} document{'s' if n != 1 else ''} without a year "
            f"{'are' if n != 1 else 'is'} left out by the year range; select every year to "
            "include them."
        )


def notices(ds: Dataset, view: View) -> None:
    notice = st.session_state.get("_url_notice") or []
    if notice:
        cols = st.columns([6, 1], vertical_alignment="center")
        cols[0].warning(
            "Some values in the link were not recognised and were ignored: "
            + escape_markdown("; ".join(notice))
        )
        cols[1].button("Dismiss", key="dismiss_url_notice", on_click=state.dismiss_notice)
    reason = view.empty_reason
    if reason:
        with st.container(border=True, key="empty_state"):
            extra = (
                " The map still shows who spoke."
                if reason.startswith("No reported measure")
                else ""
            )
            st.markdown(
                f"**{escape_markdown(reason)}**{extra}  \n"
                f"Active filters: {describe_filters(view.filters, ds)}"
            )
            st.button(
                "Clear all filters",
                key="clear_filters_empty",
                on_click=state.reset_filters,
                type="primary",
            )
