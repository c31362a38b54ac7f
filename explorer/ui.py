"""Streamlit rendering: data loading, sidebar filters, URL state and the seven views.

``dashboard.py`` only lays these out. All document text goes through
:mod:`explorer.text` before reaching ``st.markdown``; ``unsafe_allow_html`` is never used.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd
import streamlit as st

from explorer import charts, exports, filters, query
from explorer.data import (
    Dataset,
    data_dir,
    evaluation_rows,
    files_signature,
    needs_build,
    read_dataset,
    rebuild_enabled,
    run_build,
    seeds_dir,
)
from explorer.filters import Filters, View
from explorer.text import escape_block, escape_markdown, find_spans, highlight_markdown
from explorer.vocab import (
    CATEGORIES,
    CATEGORY_LABELS,
    CAVEAT,
    KIND_LABELS,
    OPTIONAL_KINDS,
    STATE,
    STATUS_LABELS,
    STATUSES,
)

TAB_LABELS = query.TAB_LABELS
PROFILE_TAB = "Country profile"

# Widget keys of the sidebar filters and their defaults (what "Clear filters" restores).
FILTER_DEFAULTS: dict[str, Any] = {
    "f_region": [],
    "f_subregion": [],
    "f_measure": list(CATEGORIES),
    "f_status": list(STATUSES),
    "f_doc": [],
    "f_kind": [],
    "f_search": "",
}
STATUS_BADGE_COLOURS = {"in_place": "blue", "in_progress": "violet", "planned": "gray"}
# Shown in tables for an untagged category; sorts after every status.
NOT_SAID_CELL = "—"


# --------------------------------------------------------------------------- data loading


@st.cache_data(show_spinner=False, max_entries=4)
def cached_dataset(folder: str, seeds: str, signature: tuple[Any, ...]) -> Dataset:
    """Read the CSVs once per change of ``signature`` (file mtimes), shared by all sessions."""
    del signature  # only part of the cache key
    return read_dataset(Path(folder), Path(seeds))


@st.cache_resource
def _build_lock() -> threading.Lock:
    """One lock per server process, so concurrent sessions never rebuild twice at once."""
    return threading.Lock()


def _rebuild_if_needed(folder: Path, seeds: Path) -> None:
    with _build_lock():
        try:
            stale, why = needs_build(folder, seeds)
        except Exception as exc:  # a broken staleness check must not take the page down
            st.warning(
                "Could not check whether the data are up to date: " + escape_markdown(str(exc))
            )
            return
        if not stale:
            return
        bar = st.progress(0.0, text=f"Rebuilding the data ({why})…")

        def progress(done: int, total: int, label: str) -> None:
            fraction = min(1.0, max(0.0, done / total)) if total else 0.0
            bar.progress(fraction, text=f"Rebuilding the data: {label} ({done}/{total})")

        try:
            run_build(folder, seeds, progress)
        except Exception as exc:
            st.error(f"Rebuilding the data failed: {escape_markdown(str(exc))}")
        finally:
            bar.empty()
        cached_dataset.clear()


def load_data() -> Dataset:
    """The dataset for this run; rebuilds stale data once per session start, then caches."""
    folder, seeds = data_dir(), seeds_dir()
    if rebuild_enabled() and not st.session_state.get("_freshness_checked"):
        _rebuild_if_needed(folder, seeds)
        st.session_state["_freshness_checked"] = True
    try:
        return cached_dataset(str(folder), str(seeds), files_signature(folder, seeds))
    except (FileNotFoundError, ValueError) as exc:
        st.error(
            "The dashboard has no data to show yet. Build it with `make data` "
            f"(details: {escape_markdown(str(exc))})."
        )
        st.stop()
        raise  # unreachable; keeps type checkers sure we never return None


# --------------------------------------------------------------------------- URL state


def known_values(ds: Dataset) -> query.Known:
    names = {str(n): str(k) for n, k in zip(ds.entities["name"], ds.entities["key"], strict=True)}
    return query.Known(
        regions=tuple(ds.regions),
        subregions=tuple(ds.subregions()),
        docs=tuple(ds.doc_ids),
        entities=tuple(ds.entities["key"]),
        entity_names=names,
    )


def current_query() -> dict[str, list[str]]:
    return {key: st.query_params.get_all(key) for key in st.query_params}


def init_state(ds: Dataset) -> None:
    """On a session's first run, restore the view from the URL into widget state."""
    if st.session_state.get("_initialised"):
        return
    parsed = query.parse_query(current_query(), known_values(ds))
    f = parsed.filters
    st.session_state.update(
        {
            "f_region": list(f.regions),
            "f_subregion": list(f.subregions),
            "f_measure": list(f.measures),
            "f_status": list(f.statuses),
            "f_doc": list(f.docs),
            "f_kind": [k for k in f.kinds if k != STATE],
            "f_search": f.search,
            "compare": list(parsed.compare),
            "profile": parsed.profile,
            "tab": parsed.tab or TAB_LABELS[0],
            "_url_notice": parsed.unknown,
            "_initialised": True,
        }
    )


def sync_url(flt: Filters) -> None:
    """Write the view into the URL (only when it changed, to keep browser history clean)."""
    desired = query.build_query(
        flt,
        compare=st.session_state.get("compare") or [],
        profile=st.session_state.get("profile"),
        tab=st.session_state.get("tab"),
    )
    current = current_query()
    for key, values in current.items():
        if key.startswith(query.RESERVED_PREFIXES):
            desired[key] = values
    if current != desired:
        st.query_params.from_dict(desired)


def reset_filters() -> None:
    for key, value in FILTER_DEFAULTS.items():
        st.session_state[key] = list(value) if isinstance(value, list) else value


def dismiss_notice() -> None:
    st.session_state["_url_notice"] = []


# --------------------------------------------------------------------------- sidebar


def sidebar(ds: Dataset) -> Filters:
    """Draw the filters and return them. Widget state is seeded by :func:`init_state`."""
    ss = st.session_state
    with st.sidebar:
        head, button = st.columns([1, 1.3], vertical_alignment="center")
        head.markdown("### Filters")
        button.button("Clear filters", key="clear_filters", on_click=reset_filters,
                      width="stretch")
        st.pills("Region (UN M49)", ds.regions, selection_mode="multi", key="f_region")
        subregion_options = ds.subregions(ss.get("f_region") or [])
        ss["f_subregion"] = [s for s in ss.get("f_subregion", []) if s in subregion_options]
        st.multiselect(
            "Sub-region", subregion_options, key="f_subregion", placeholder="All sub-regions"
        )
        st.pills(
            "Measure category",
            list(CATEGORIES),
            selection_mode="multi",
            format_func=CATEGORY_LABELS.__getitem__,
            key="f_measure",
        )
        st.pills(
            "Status",
            list(STATUSES),
            selection_mode="multi",
            format_func=STATUS_LABELS.__getitem__,
            key="f_status",
        )
        st.multiselect(
            "Document or meeting",
            ds.doc_ids,
            format_func=ds.doc_label,
            key="f_doc",
            placeholder="All documents",
        )
        st.pills(
            "Also include",
            list(OPTIONAL_KINDS),
            selection_mode="multi",
            format_func=KIND_LABELS.__getitem__,
            key="f_kind",
            help="States are always shown. Observers include the European Union, the Holy See "
            "and the State of Palestine; organizations include UN entities and NGOs.",
        )
        st.text_input(
            "Find a country", key="f_search", placeholder="Name or ISO3 code, e.g. Nigeria"
        )
    return Filters(
        regions=tuple(ss.get("f_region") or ()),
        subregions=tuple(ss.get("f_subregion") or ()),
        measures=tuple(c for c in CATEGORIES if c in (ss.get("f_measure") or ())),
        statuses=tuple(s for s in STATUSES if s in (ss.get("f_status") or ())),
        docs=tuple(ss.get("f_doc") or ()),
        kinds=(STATE, *[k for k in OPTIONAL_KINDS if k in (ss.get("f_kind") or ())]),
        search=str(ss.get("f_search") or ""),
    )


def downloads(ds: Dataset, view: View, summary: pd.DataFrame) -> None:
    """Download buttons for the filtered view.

    The CSV is built only when a button is clicked (deferred data), so ordinary reruns do
    not pay for files nobody asked for.
    """
    active = view.filters.active()
    categories = view.categories
    measures = view.measures
    with st.sidebar:
        st.markdown("### Download this view")
        st.download_button(
            "Country summary (CSV)",
            data=lambda: exports.to_csv_bytes(exports.summary_frame(summary, categories)),
            file_name=exports.export_filename("countries", active),
            mime="text/csv",
            key="dl_summary",
            on_click="ignore",
            icon=":material/download:",
            width="stretch",
        )
        st.download_button(
            "Evidence rows (CSV)",
            data=lambda: exports.to_csv_bytes(exports.evidence_frame(measures)),
            file_name=exports.export_filename("measures", active),
            mime="text/csv",
            key="dl_evidence",
            on_click="ignore",
            icon=":material/download:",
            width="stretch",
        )
        st.caption(
            "One row per country (status per category, `not_said` when untagged, and whether "
            "it spoke), and the matching rows of measures.csv. " + CAVEAT
        )


# --------------------------------------------------------------------------- header


def describe_filters(flt: Filters, ds: Dataset) -> str:
    """Active filters in words, escaped for markdown."""
    names = {"region": "region", "subregion": "sub-region", "measure": "measure",
             "status": "status", "doc": "document", "kind": "also including", "q": "search"}
    parts = []
    for key, values in flt.active().items():
        shown: list[str] = []
        for value in values:
            if key == "measure":
                shown.append(CATEGORY_LABELS.get(value, value))
            elif key == "status":
                shown.append(STATUS_LABELS.get(value, value))
            elif key == "doc":
                shown.append(ds.doc_label(value))
            elif key == "kind":
                shown.append(KIND_LABELS.get(value, value).lower())
            else:
                shown.append(f"“{value}”" if key == "q" else value)
        parts.append(f"{names[key]}: {', '.join(shown) or 'none'}")
    return escape_markdown("; ".join(parts)) if parts else "none"


def header(ds: Dataset, view: View, summary: pd.DataFrame) -> None:
    st.header("What countries say they do against human trafficking")
    st.markdown(
        "National measures that States report in UN meetings coverage, tagged by category "
        "and status, with the sentence that shows it. "
        "*A missing tag means “not said in this coverage”, not “does not exist”.*"
    )
    states = summary[summary["kind"] == STATE]
    cols = st.columns(4)
    cols[0].metric("Documents", f"{len(view.doc_ids)} of {len(ds.documents)}")
    cols[1].metric("States that spoke", int(states["spoke"].sum()))
    cols[2].metric("States reporting a selected measure", int((states["n_reported"] > 0).sum()))
    cols[3].metric("Measures tagged", len(view.measures))


def notices(ds: Dataset, view: View) -> None:
    notice = st.session_state.get("_url_notice") or []
    if notice:
        cols = st.columns([6, 1], vertical_alignment="center")
        cols[0].warning(
            "Some values in the link were not recognised and were ignored: "
            + escape_markdown("; ".join(notice))
        )
        cols[1].button("Dismiss", key="dismiss_url_notice", on_click=dismiss_notice)
    reason = view.empty_reason
    if reason:
        with st.container(border=True, key="empty_state"):
            extra = (
                " The map still shows who spoke."
                if reason.startswith("No reported measure") else ""
            )
            st.markdown(
                f"**{escape_markdown(reason)}**{extra}  \n"
                f"Active filters: {describe_filters(view.filters, ds)}"
            )
            st.button("Clear all filters", key="clear_filters_empty", on_click=reset_filters,
                      type="primary")


# --------------------------------------------------------------------------- map


def _on_map_select() -> None:
    """A click on a country opens its profile (selection state is read before the rerun)."""
    state = st.session_state.get("map")
    points = []
    if state is not None:
        selection = state.get("selection") if hasattr(state, "get") else None
        points = list((selection or {}).get("points", []))
    if not points:
        return
    point = points[0]
    location = point.get("location") or point.get("customdata")
    if isinstance(location, list):
        location = location[0] if location else None
    known = st.session_state.get("_entity_keys") or set()
    if isinstance(location, str) and location in known:
        st.session_state["profile"] = location
        st.session_state["tab"] = PROFILE_TAB


def render_map(ds: Dataset, view: View, summary: pd.DataFrame) -> None:
    if view.entities.empty or not view.categories or not view.filters.statuses:
        st.info("Nothing to draw for these filters.")
        return
    zoom = bool(view.filters.regions or view.filters.subregions or view.filters.search.strip())
    fig = charts.map_figure(summary, view.categories, zoom_to_data=zoom)
    st.plotly_chart(
        fig,
        key="map",
        on_select=_on_map_select,
        selection_mode="points",
        config=charts.PLOTLY_CONFIG,
        alt="World map of States coloured by the anti-trafficking measures they reported.",
    )
    st.caption(
        "Colour shows what the coverage reports. " + CAVEAT + " Grey: the State is not among "
        "the speakers of the selected documents. Click a country to open its profile; small "
        "States are easier to reach from the profile list or the Matrix."
    )


# --------------------------------------------------------------------------- profile


def _entity_option_label(ds: Dataset) -> Callable[[str], str]:
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
        colour = STATUS_BADGE_COLOURS.get(status, "gray")
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


def render_profile(ds: Dataset, view: View) -> None:
    keys = list(ds.entities["key"])
    if st.session_state.get("profile") not in keys:
        st.session_state["profile"] = None
    key = st.selectbox(
        "Country or organization",
        keys,
        format_func=_entity_option_label(ds),
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
    status_badges(measures)
    if not listed.empty:
        titles = "; ".join(f"{t} ({d})" if d else str(t) for t, d in zip(
            listed["title"], listed["date"], strict=True))
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
                st.markdown(badges_markdown([(str(c), str(s)) for c, s in pairs]))
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


# --------------------------------------------------------------------------- matrix


def _on_matrix_select() -> None:
    state = st.session_state.get("matrix")
    rows = []
    if state is not None and hasattr(state, "get"):
        rows = list((state.get("selection") or {}).get("rows", []))
    keys = st.session_state.get("_matrix_keys") or []
    if rows and 0 <= rows[0] < len(keys):
        st.session_state["profile"] = keys[rows[0]]
        st.session_state["tab"] = PROFILE_TAB


def matrix_frame(summary: pd.DataFrame, categories: tuple[str, ...]) -> pd.DataFrame:
    """Speakers × categories with a readable status per cell (blank when not said)."""
    rows = summary[summary["spoke"]].copy()
    rows = rows.sort_values(["n_reported", "name"], ascending=[False, True])
    table = pd.DataFrame(
        {
            "key": rows["key"],
            "Country": rows["name"],
            "Region": rows["region"],
            "Sub-region": rows["subregion"],
            "Coverage": rows["content_reported"].map(
                {True: "statement", False: "listed only"}
            ),
            "Reported": rows["n_reported"].astype(int),
        }
    )
    for category in categories:
        table[CATEGORY_LABELS[category]] = rows[category].map(
            lambda s: STATUS_LABELS[s].lower() if s in STATUS_LABELS else NOT_SAID_CELL
        )
    return table.reset_index(drop=True)


def render_matrix(view: View, summary: pd.DataFrame) -> None:
    table = matrix_frame(summary, view.categories)
    if table.empty:
        st.info("No country in these filters spoke in the selected documents.")
        return
    st.session_state["_matrix_keys"] = list(table["key"])
    st.dataframe(
        table.drop(columns=["key"]),
        hide_index=True,
        key="matrix",
        on_select=_on_matrix_select,
        selection_mode="single-row",
        height=min(36 + 35 * len(table), 640),
        column_config={
            "Reported": st.column_config.NumberColumn(
                width="small", help="Number of selected categories reported"
            ),
            "Region": st.column_config.TextColumn(width="small"),
            "Coverage": st.column_config.TextColumn(
                width="small",
                help="statement: the coverage reports what it said; listed only: named "
                "among the speakers without content",
            ),
        },
    )
    st.caption(
        f"{len(table)} speakers in the selected documents. Click a column header to sort, a "
        "row to open its profile. “—” means the category is not said in this coverage, not "
        "that the measure does not exist."
    )


# --------------------------------------------------------------------------- compare


def render_compare(ds: Dataset, view: View, summary: pd.DataFrame) -> None:
    keys = list(ds.entities["key"])
    st.session_state["compare"] = [k for k in st.session_state.get("compare") or [] if k in keys]
    chosen = st.multiselect(
        "Countries to compare (2 to 6)",
        keys,
        format_func=_entity_option_label(ds),
        max_selections=query.MAX_COMPARE,
        key="compare",
        placeholder="Choose countries…",
        persist_state="page",
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
                st.markdown(badges_markdown([(category, status)]))
                for _, row in rows.iterrows():
                    st.markdown("> " + escape_markdown(str(row["evidence"])))
                    source = " · ".join(p for p in (str(row["title"]), str(row["date"])) if p)
                    st.caption(escape_markdown(source))
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
            column.append(STATUS_LABELS[best].lower() if best in STATUS_LABELS else NOT_SAID_CELL)
        table[ds.entity_name(key)] = column
    return pd.DataFrame(table)


# --------------------------------------------------------------------------- regions


def render_regions(view: View, summary: pd.DataFrame) -> None:
    level_label = st.segmented_control(
        "Group by", ["Region", "Sub-region"], key="regions_level", default="Region",
    )
    level = "subregion" if level_label == "Sub-region" else "region"
    shares = filters.region_shares(summary, view.categories, level)
    if shares.empty:
        st.info("No State in these filters spoke in the selected documents.")
        return
    st.plotly_chart(
        charts.region_share_figure(shares, view.categories),
        key="regions_chart",
        config=charts.PLOTLY_CONFIG,
        alt="Bar chart of the share of speaking States that report each measure, by region.",
    )
    st.caption(
        "Denominator (n): the States listed as speakers in the selected documents, whether or "
        "not the coverage reports what they said. Observers and organizations are not "
        "counted. " + CAVEAT
    )


# --------------------------------------------------------------------------- evidence


def render_evidence(ds: Dataset, view: View) -> None:
    table = filters.evidence_table(ds, view)
    if table.empty:
        st.info("No evidence rows match these filters.")
        return
    shown = pd.DataFrame(
        {
            "Entity": table["entity"],
            "Category": table["category"].map(CATEGORY_LABELS),
            "Status": table["status"].map(STATUS_LABELS),
            "Evidence": table["evidence"],
            "Document": table["document"],
            "Date": table["date"],
            "Statement": table["statement_id"],
        }
    )
    st.dataframe(
        shown,
        hide_index=True,
        key="evidence_table",
        column_config={"Evidence": st.column_config.TextColumn(width="large")},
    )
    st.caption(f"{len(shown)} tagged measures. " + CAVEAT)


# --------------------------------------------------------------------------- about


ABOUT = """
**What the data are.** The pipeline reads UN meetings coverage (press releases of General
Assembly and Security Council meetings) and a few news articles, splits each into statements
(one speaker, one document), resolves who each speaker speaks for (UN M49 region and
sub-region, ISO 3166 code), and tags the measures against trafficking in persons that the
speaker reports for their own State or organization. Each tag carries a status and the
sentence that justifies it, with its character offsets in the source file.

**Who spoke.** A State counts as a speaker when it has a statement in a document or is only
listed as a speaker ("Also delivering statements were …"). The map and the Regions view keep
those two cases apart from States that did not speak at all.

**Categories.** Legislation, shelters, referral mechanism, national action plan, technology
partnership. **Statuses:** in place, in progress, planned; the most advanced evidence wins.
"""


def provenance_frame(ds: Dataset) -> pd.DataFrame:
    """documents.csv joined with the manifest's provenance, labelled for reading."""
    docs = ds.documents
    manifest = ds.manifest

    def field(doc_id: str, name: str) -> str:
        return manifest.get(doc_id, {}).get(name, "")

    checks = []
    for doc_id, sha in zip(docs["doc_id"], docs["sha256"], strict=True):
        recorded = field(doc_id, "sha256")
        checks.append("matches" if recorded == sha else ("differs" if recorded else "not recorded"))
    return pd.DataFrame(
        {
            "Title": docs["title"],
            "Date": docs["date"],
            "Kind": docs["kind"],
            "Publisher": [field(d, "publisher") or "not stated" for d in docs["doc_id"]],
            "Statements": docs["n_statements"],
            "Provenance note": [field(d, "note") for d in docs["doc_id"]],
            "File": docs["source_file"],
            "SHA-256": docs["sha256"],
            "Checksum": checks,
        }
    )


def render_about(ds: Dataset) -> None:
    st.markdown(ABOUT)
    st.info(CAVEAT)
    st.markdown("#### Source documents")
    st.dataframe(
        provenance_frame(ds),
        hide_index=True,
        key="about_documents",
        column_config={
            "Title": st.column_config.TextColumn(width="large"),
            "Provenance note": st.column_config.TextColumn(width="large"),
            "SHA-256": st.column_config.TextColumn(width="small"),
        },
    )
    st.caption(
        "Publisher and notes come from seeds/manifest.json; “Checksum” says whether the file "
        "the pipeline read has the SHA-256 recorded there."
    )
    st.markdown("#### Evaluation")
    table = evaluation_rows(ds.evaluation)
    if table.empty:
        st.markdown("Not yet evaluated.")
    else:
        st.dataframe(table, hide_index=True, key="about_evaluation")
        st.caption(
            "Agreement with hand-labelled gold sets, per category and overall "
            "(docs/evaluation.md). "
            "seeds_measures: the seed documents — in-sample, the rules were written on them. "
            "heldout: texts labelled from the codebook alone, later used to develop the rules. "
            "heldout2, heldout3: texts labelled from the codebook alone and never tuned on — "
            "heldout3, the latest, is the best estimate of accuracy on new documents."
        )
    st.markdown("#### Coverage of this dataset")
    st.markdown(
        escape_block(
            f"{len(ds.documents)} documents, {len(ds.statements)} statements, "
            f"{len(ds.measures)} tagged measures, {len(ds.participants)} speaker entries; "
            f"{len(ds.unresolved)} speaker names could not be resolved to a State or "
            "organization and are left out of the views."
        )
    )
    st.markdown("#### Codebook")
    if ds.codebook:
        with st.expander("Show the codebook the tagger follows", expanded=False):
            st.markdown(ds.codebook)
    else:
        st.markdown("The codebook (docs/codebook.md) is not available in this copy.")


# --------------------------------------------------------------------------- tabs


def render_tabs(ds: Dataset, view: View, summary: pd.DataFrame) -> None:
    st.session_state["_entity_keys"] = set(ds.entities["key"])
    renderers: dict[str, Callable[[], None]] = {
        "Map": lambda: render_map(ds, view, summary),
        PROFILE_TAB: lambda: render_profile(ds, view),
        "Matrix": lambda: render_matrix(view, summary),
        "Compare": lambda: render_compare(ds, view, summary),
        "Regions": lambda: render_regions(view, summary),
        "Evidence": lambda: render_evidence(ds, view),
        "About": lambda: render_about(ds),
    }
    tabs = st.tabs(list(TAB_LABELS), key="tab", on_change="rerun")
    for label, tab in zip(TAB_LABELS, tabs, strict=True):
        with tab:
            if tab.open:
                renderers[label]()
