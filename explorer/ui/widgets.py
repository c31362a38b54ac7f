"""Small display helpers shared by several views (entity labels, status badges, cells)."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import streamlit as st

from explorer import filters
from explorer.data import Dataset
from explorer.text import escape_markdown
from explorer.vocab import CATEGORIES, CATEGORY_LABELS, STATE, STATUS_LABELS, STATUSES

# Streamlit badges take named colours; statuses get them in rank order, most advanced first.
BADGE_COLOURS = ("blue", "violet", "gray")
# Shown in tables for an untagged category; sorts after every status.
NOT_SAID_CELL = "—"


def entity_option_label(ds: Dataset) -> Callable[[str], str]:
    kinds = dict(zip(ds.entities["key"], ds.entities["kind"], strict=True))

    def label(key: str) -> str:
        name = ds.entity_name(key)
        if kinds.get(key) == STATE or (len(key) == 3 and key.isupper()):
            return f"{name} ({key})" if key != name else name
        return f"{name} · {kinds.get(key, '')}"

    return label


def badges_markdown(pairs: list[tuple[str, str]]) -> str:
    """Inline status badges for (category, status) pairs; labels are our own vocabulary."""
    out = []
    for category, status in pairs:
        rank = STATUSES.index(status) if status in STATUSES else len(BADGE_COLOURS)
        colour = BADGE_COLOURS[min(rank, len(BADGE_COLOURS) - 1)]
        label = f"{CATEGORY_LABELS.get(category, category)}: "
        label += STATUS_LABELS.get(status, status).lower()
        out.append(f":{colour}-badge[{escape_markdown(label)}]")
    return " ".join(out)


def status_badges(measures: pd.DataFrame) -> None:
    """One badge per category with its most advanced status."""
    if measures.empty:
        return
    best = measures.groupby("category")["status"].agg(filters.best_status)
    pairs = [(c, str(best[c])) for c in CATEGORIES if c in best.index]
    st.markdown(badges_markdown(pairs))


def status_cell(status: str) -> str:
    """A table cell for a status: its label, or the "not said" dash."""
    return STATUS_LABELS[status].lower() if status in STATUS_LABELS else NOT_SAID_CELL


def citation(text: str) -> None:
    """A plain-text citation with Streamlit's copy button (``st.code`` with no language).

    ``st.code`` shows its body verbatim in a code block: never parsed as markdown or HTML,
    so a citation that carries a document's title with ``<img onerror>`` or ``[x](js:)``
    stays inert text, and the copy button copies exactly what the CSV's ``citation`` holds.
    """
    if text:
        st.code(text, language=None, wrap_lines=True)


def evidence_with_citation(evidence: str, cite: str) -> None:
    """One tagged sentence, quoted as escaped text, then its copyable citation."""
    st.markdown("> " + escape_markdown(" ".join(evidence.split())))
    citation(cite)
