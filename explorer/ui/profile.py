"""The Country profile tab: every statement of one entity, evidence highlighted."""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from explorer import charts, filters
from explorer.data import NO_YEAR, Dataset
from explorer.filters import View
from explorer.text import escape_markdown, find_spans, highlight_markdown
from explorer.ui import widgets
from explorer.vocab import CATEGORY_LABELS, CAVEAT, KIND_LABELS


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
    if not statements.empty:
        timeline(ds, view, key, measures)
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
            widgets.citation(str(stmt["citation"]))
    st.caption(
        "Highlighted: the evidence sentence for each tag. Under each statement, its citation "
        "(copy button on the right). " + CAVEAT
    )


def reported_frame(measures: pd.DataFrame, categories: tuple[str, ...]) -> pd.DataFrame:
    """Per category: most advanced status, first and last year reported, sentences.

    One row per selected category, "—" where the category is not said (or never dated).
    """
    spans = filters.reported_years(measures).droplevel("entity_key")  # one entity
    first_year = spans["first"].astype(str).to_dict()
    last_year = spans["last"].astype(str).to_dict()
    rows = []
    for category in categories:
        found = measures[measures["category"] == category]
        status = filters.best_status(found["status"]) if not found.empty else ""
        first = first_year.get(category, widgets.NOT_SAID_CELL)
        last = last_year.get(category, widgets.NOT_SAID_CELL)
        rows.append(
            {
                "Category": CATEGORY_LABELS[category],
                "Status": widgets.status_cell(status),
                "First reported": first,
                "Last reported": last,
                "Tagged sentences": len(found),
            }
        )
    return pd.DataFrame(rows)


def selected_mark(event: Any) -> tuple[str, int] | None:
    """(category, year) of the clicked timeline mark, from the chart's selection state."""
    selection = event.get("selection") if hasattr(event, "get") else None
    for point in (selection or {}).get("points", []):
        data = point.get("customdata") if hasattr(point, "get") else None
        if isinstance(data, list | tuple) and len(data) == 2:
            try:
                return str(data[0]), int(data[1])
            except (TypeError, ValueError):
                continue
    return None


def mark_evidence(measures: pd.DataFrame, mark: tuple[str, int] | None) -> None:
    """The sentences behind the clicked mark, each with its citation; or how to get them."""
    rows = measures.iloc[0:0]
    if mark is not None:
        category, year = mark
        rows = measures[(measures["category"] == category) & (measures["year_num"] == year)]
    if mark is None or rows.empty:
        st.caption(
            "Each mark is a year in which this country's statements tag the category; "
            "colour and shape give the most advanced status. Click a mark to read the "
            "sentence behind it."
        )
        return
    with st.container(border=True, key="timeline_evidence"):
        st.markdown(f"**{escape_markdown(CATEGORY_LABELS.get(category, category))}, {year}**")
        for evidence, status, cite in zip(
            rows["evidence"], rows["status"], rows["citation"], strict=True
        ):
            st.markdown(widgets.badges_markdown([(category, str(status))]))
            widgets.evidence_with_citation(str(evidence), str(cite))


def timeline(ds: Dataset, view: View, key: str, measures: pd.DataFrame) -> None:
    """Categories × years, a mark per tagged year, the sentences of the clicked mark below,
    then first and last year reported per category."""
    st.markdown("##### Timeline")
    cells = filters.timeline_cells(measures)
    if cells.empty:
        st.caption("No dated tagged sentence for this country in the selected documents.")
    else:
        years = view.filters.years or ds.years
        event = st.plotly_chart(
            charts.timeline_figure(cells, view.categories, years),
            key=f"timeline_{key}",
            on_select="rerun",
            selection_mode="points",
            config=charts.PLOTLY_CONFIG,
            alt="Timeline of the measures this country reported, by category and year.",
        )
        mark_evidence(measures, selected_mark(event))
    undated = int((measures["year_num"] == NO_YEAR).sum())
    if undated:
        st.caption(
            f"{undated} tagged sentence{'s' if undated != 1 else ''} without a year "
            "(undated documents) are not on the timeline; they are in the statements below."
        )
    st.dataframe(
        reported_frame(measures, view.categories),
        hide_index=True,
        key="profile_reported",
    )
    st.caption(
        "First and last reported: the years of the tagged sentences in the selected "
        "documents and years; “—” means not said there, not that the measure does not exist."
    )
