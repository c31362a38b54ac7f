"""The Country profile tab: every statement of one entity, evidence highlighted."""

from __future__ import annotations

import streamlit as st

from explorer import filters
from explorer.data import Dataset
from explorer.filters import View
from explorer.text import escape_markdown, find_spans, highlight_markdown
from explorer.ui import widgets
from explorer.vocab import CAVEAT, KIND_LABELS


def render(ds: Dataset, view: View) -> None:
    keys = list(ds.entities["key"])
    if st.session_state.get("profile") not in keys:
        st.session_state["profile"] = None
    key = st.selectbox(
        "Country or organization",
        keys,
        format_func=widgets.entity_option_label(ds),
        index=None,
        placeholder="Choose a country, or click one on the map…",
        key="profile",
        persist_state="page",
    )
    if not key:
        st.info("Choose a country above, or click one on the map.")
        return
    ent = ds.entities[ds.entities["key"] == key].iloc[0]
    where = " › ".join(p for p in (str(ent["region"]), str(ent["subregion"])) if p)
    st.subheader(escape_markdown(str(ent["name"])))
    facts = [f for f in (str(ent["iso3"]), where, KIND_LABELS.get(str(ent["kind"]), "")) if f]
    st.caption(escape_markdown(" · ".join(facts)))

    statements = filters.entity_statements(ds, key, view.doc_ids)
    measures = filters.entity_measures(ds, key, view.doc_ids, view.filters)
    listed = filters.listed_only_docs(ds, key, view.doc_ids)
    widgets.status_badges(measures)
    if not listed.empty:
        titles = "; ".join(
            f"{t} ({d})" if d else str(t)
            for t, d in zip(listed["title"], listed["date"], strict=True)
        )
        st.info(
            "Listed as a speaker in: " + escape_markdown(titles) + ". The coverage does not "
            "report what was said there."
        )
    if statements.empty and listed.empty:
        st.info("Not a speaker in the selected documents.")
        return
    if not statements.empty and measures.empty:
        st.caption("No selected measure is tagged in these statements. " + CAVEAT)
    for _, stmt in statements.iterrows():
        stmt_measures = measures[measures["statement_id"] == stmt["statement_id"]]
        with st.container(border=True):
            date = str(stmt["date"]) or "undated"
            st.markdown(f"**{escape_markdown(str(stmt['title']))}**")
            st.caption(escape_markdown(f"{date} · {stmt['speaker']} · statement {stmt['order']}"))
            pairs = list(zip(stmt_measures["category"], stmt_measures["status"], strict=True))
            if pairs:
                st.markdown(widgets.badges_markdown([(str(c), str(s)) for c, s in pairs]))
            spans = find_spans(
                str(stmt["text"]),
                int(stmt["start"]),
                zip(
                    stmt_measures["evidence_start"].astype(int),
                    stmt_measures["evidence_end"].astype(int),
                    stmt_measures["evidence"].astype(str),
                    strict=True,
                ),
            )
            st.markdown(highlight_markdown(str(stmt["text"]), spans))
    st.caption("Highlighted: the evidence sentence for each tag. " + CAVEAT)
