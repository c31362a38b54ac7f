"""The Compare tab: 2–6 countries side by side, per category, with their evidence."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from explorer import filters, query
from explorer.data import Dataset
from explorer.filters import View
from explorer.text import escape_markdown
from explorer.ui import widgets
from explorer.vocab import CATEGORY_LABELS, CAVEAT


def render(ds: Dataset, view: View, summary: pd.DataFrame) -> None:
    keys = list(ds.entities["key"])
    st.session_state["compare"] = [k for k in st.session_state.get("compare") or [] if k in keys]
    chosen = st.multiselect(
        "Countries to compare (2 to 6)",
        keys,
        format_func=widgets.entity_option_label(ds),
        max_selections=query.MAX_COMPARE,
        key="compare",
        placeholder="Type a name, alias or ISO code…",
        persist_state="page",
        # Plain substring matching over the labels (which carry the resolver's aliases and
        # ISO codes): fuzzy matching offered junk such as "Panel chair" for "UK", and
        # "Select N matches" would add every hit at once.
        filter_mode="contains",
        select_all=False,
    )
    if len(chosen) < 2:
        st.info("Choose at least two countries to compare them side by side.")
        return
    found = {k: filters.entity_measures(ds, k, view.doc_ids, view.filters) for k in chosen}
    spoke_keys = set(summary.loc[summary["spoke"], "key"]) | set(
        ds.participants.loc[ds.participants["doc_id"].isin(list(view.doc_ids)), "entity_key"]
    )
    st.dataframe(
        compare_frame(ds, chosen, found, view.categories, spoke_keys),
        hide_index=True,
        key="compare_table",
    )
    for category in view.categories:
        st.markdown(f"##### {CATEGORY_LABELS[category]}")
        cols = st.columns(len(chosen))
        for col, key in zip(cols, chosen, strict=True):
            rows = found[key][found[key]["category"] == category]
            with col:
                st.markdown(f"**{escape_markdown(ds.entity_name(key))}**")
                if rows.empty:
                    st.caption("Not said in this coverage")
                    continue
                status = filters.best_status(rows["status"])
                st.markdown(widgets.badges_markdown([(category, status)]))
                for evidence, cite in zip(rows["evidence"], rows["citation"], strict=True):
                    widgets.evidence_with_citation(str(evidence), str(cite))
    st.caption(CAVEAT)


def compare_frame(
    ds: Dataset,
    chosen: list[str],
    found: dict[str, pd.DataFrame],
    categories: tuple[str, ...],
    spoke_keys: set[str],
) -> pd.DataFrame:
    """Categories × compared countries, status per cell, plus whether each one spoke."""
    table: dict[str, list[str]] = {
        "": ["Spoke in the selected documents"] + [CATEGORY_LABELS[c] for c in categories]
    }
    for key in chosen:
        column = ["yes" if key in spoke_keys else "no"]
        for category in categories:
            rows = found[key][found[key]["category"] == category]
            best = filters.best_status(rows["status"]) if not rows.empty else ""
            column.append(widgets.status_cell(best))
        table[ds.entity_name(key)] = column
    return pd.DataFrame(table)
