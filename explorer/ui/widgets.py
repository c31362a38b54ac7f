"""Small display helpers shared by several views (entity labels, status badges, cells)."""

from __future__ import annotations

import functools
from collections.abc import Callable

import pandas as pd
import streamlit as st

from explorer import filters
from explorer.data import Dataset
from explorer.names import search_abbreviations
from explorer.text import escape_markdown
from explorer.vocab import CATEGORIES, CATEGORY_LABELS, STATE, STATUS_LABELS, STATUSES
from pipeline.resolve import aliases_of, all_states, normalize_name

# Streamlit badges take named colours; statuses get them in rank order, most advanced first.
BADGE_COLOURS = ("blue", "violet", "gray")
# Shown in tables for an untagged category; sorts after every status.
NOT_SAID_CELL = "—"


def entity_option_label(ds: Dataset) -> Callable[[str], str]:
    """Picker labels: the name, the ISO3 code and up to two other names people type
    (the resolver's aliases: "Türkiye (TUR) · Turkey"), so typing any of them finds it."""
    kinds = dict(zip(ds.entities["key"], ds.entities["kind"], strict=True))
    names = dict(zip(ds.entities["key"], ds.entities["name"], strict=True))

    def label(key: str) -> str:
        name = str(names.get(key, key))
        if kinds.get(key) == STATE or (len(key) == 3 and key.isupper()):
            base = f"{name} ({key})" if key != name else name
            others = common_aliases(key, name)
            return f"{base} · {', '.join(others)}" if others else base
        return f"{name} · {kinds.get(key, '')}"

    return label


@functools.cache
def _aliases_by_iso3() -> dict[str, tuple[str, ...]]:
    return {e.iso3: aliases_of(e) for e in all_states()}


def common_aliases(iso3: str, name: str, limit: int = 2) -> list[str]:
    """The shortest other names of a State, inverted forms ("Korea, Republic of") left
    out: the ones people type."""
    seen = {normalize_name(name)}
    out: list[str] = []
    for alias in sorted(_aliases_by_iso3().get(iso3, ()), key=lambda a: (len(a), a)):
        key = normalize_name(alias)
        if "," in alias or key in seen or len(alias) <= 3:
            continue
        seen.add(key)
        out.append(alias)
        if len(out) == limit:
            break
    for abbreviation, target in search_abbreviations().items():
        if target == iso3 and "." not in abbreviation:
            out.insert(0, abbreviation.upper())
            break
    return out


def is_phone() -> bool:
    """Whether the browser says it is a phone (Client Hints ``Sec-CH-UA-Mobile: ?1`` or
    "Mobi" in the user agent, the convention browsers follow). The server cannot see the
    viewport, and the map's layout (legend below, polar rows cropped) must be chosen before
    it is drawn; a wrong guess still gives a usable map."""
    try:
        headers = st.context.headers
        mobile = str(headers.get("Sec-CH-UA-Mobile") or "")
        agent = str(headers.get("User-Agent") or "")
    except Exception:  # no browser session (bare script runs, tests)
        return False
    return mobile.strip() == "?1" or "Mobi" in agent


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
