"""Downloads of the filtered view (CSVs, a zip with the data dictionary), spreadsheet-safe.

Document text ends up in these cells, and spreadsheets execute a cell that starts with
``=``, ``+``, ``-``, ``@``, tab or carriage return as a formula (CSV injection), some also
after leading spaces. Such cells get a leading single quote, the OWASP-recommended
neutralisation, which spreadsheets show as text and scripts can strip. Every download goes
through :func:`to_csv_bytes`; the dataframes' own toolbar export is switched off
(``client.disableDataExport`` in .streamlit/config.toml) because it bypasses it.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import unicodedata
import zipfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import pandas as pd

from explorer.data import MEASURE_COLUMNS, REPO_ROOT, Dataset
from explorer.filters import reported_column
from explorer.vocab import CAVEAT as NOT_SAID_CAVEAT
from explorer.vocab import LISTED_ONLY, NOT_SAID, NOT_SPEAKER, SPOKE_NONE

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
# Columns the dashboard adds for its own joins and filters; never part of a download.
INTERNAL_COLUMNS = frozenset({"entity_key", "year_num"})
# Characters some spreadsheets skip before deciding a cell is a formula.
LEADING_BLANKS = " \t\r\n\u00a0\u200b\ufeff"
MAX_FILENAME = 180
DATA_DICTIONARY = REPO_ROOT / "docs" / "data-dictionary.md"
SOURCE_NOTE = (
    "Source: anti-trafficking measures tagged in UN meetings coverage and the UN General "
    "Debate Corpus (see the documents file for each document)."
)


def neutralise(value: object) -> str:
    """Return the cell as text, prefixed with ``'`` if a spreadsheet would run it.

    Leading blanks do not make a cell safe: " =1+1" and "\t=1+1" are run by some
    spreadsheets, so the first non-blank character is what counts.
    """
    text = "" if value is None else str(value)
    if text.startswith(FORMULA_TRIGGERS) or text.lstrip(LEADING_BLANKS).startswith(
        FORMULA_TRIGGERS
    ):
        return "'" + text
    return text


def neutralise_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """The same frame with every text cell (and header) neutralised, for on-screen tables
    whose export a user might still reach."""
    out = frame.copy()
    out.columns = [neutralise(c) for c in out.columns]
    for column in out.columns:
        if out[column].dtype == object or pd.api.types.is_string_dtype(out[column]):
            out[column] = out[column].map(neutralise)
    return out


def to_csv_bytes(frame: pd.DataFrame) -> bytes:
    """RFC 4180 CSV, UTF-8 without BOM, ``\\n`` line ends, every cell neutralised."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow([neutralise(c) for c in frame.columns])
    for row in frame.itertuples(index=False, name=None):
        writer.writerow([_cell(v) for v in row])
    return buffer.getvalue().encode("utf-8")


def _cell(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return neutralise(value)


def summary_frame(summary: pd.DataFrame, categories: tuple[str, ...]) -> pd.DataFrame:
    """The country summary download: one row per entity, one status column per category.

    An untagged category is written ``not_said`` rather than left blank, so the file itself
    carries the caveat that the coverage did not mention it (not that it does not exist).
    """
    out = pd.DataFrame(
        {
            "iso3": summary["iso3"],
            "entity": summary["name"],
            "entity_kind": summary["kind"],
            "region": summary["region"],
            "subregion": summary["subregion"],
            "spoke_in_selected_documents": summary["spoke"].astype(bool),
            "content_reported": summary["content_reported"].astype(bool),
            "class": summary["map_class"].map(export_class),
        }
    )
    for category in categories:
        out[category] = summary[category].where(summary[category] != "", NOT_SAID)
    # First and last year each category is reported (dated measures only; "" when never).
    for category in categories:
        for end in ("first", "last"):
            column = reported_column(category, end)
            if column in summary.columns:
                out[column] = summary[column]
    return out.reset_index(drop=True)


def export_class(key: object) -> str:
    """The map's class as a stable word: ``measure_reported``, ``statement_no_measure``,
    ``listed_only`` or ``not_speaker``; the four facts stay apart in the file as on the map."""
    return {
        SPOKE_NONE: "statement_no_measure",
        LISTED_ONLY: "listed_only",
        NOT_SPEAKER: "not_speaker",
    }.get(str(key), "measure_reported")


def evidence_frame(measures: pd.DataFrame, ds: Dataset | None = None) -> pd.DataFrame:
    """The evidence download: the measures.csv columns in the published order (and any the
    pipeline adds, such as ``citation``), then what a reader needs to cite the sentence:
    the document's title, date and symbol, the speaker as the document names them, and the
    source (publisher, link or file) of the document.
    """
    extra = [c for c in measures.columns if c not in MEASURE_COLUMNS and c not in INTERNAL_COLUMNS]
    out = measures[[*MEASURE_COLUMNS, *extra]].reset_index(drop=True)
    if ds is None:
        return out
    docs = documents_frame(ds, tuple(out["doc_id"].unique()))
    by_doc = docs.set_index("doc_id")
    doc_ids = out["doc_id"]
    for column, source in (
        ("document_title", "title"),
        ("document_date", "date"),
        ("document_symbol", "symbol"),
        ("source", "source"),
    ):
        if column in out.columns or (source in out.columns and source != "source"):
            continue  # the pipeline's own title and date columns already say it
        values = by_doc[source].astype(str) if source in by_doc.columns else pd.Series(dtype=str)
        out[column] = [str(values.get(d, "")) for d in doc_ids]
    speakers = ds.statements.set_index("statement_id")["speaker"]
    speakers = speakers[~speakers.index.duplicated()]
    out["speaker"] = out["statement_id"].map(speakers).fillna("").astype(str)
    return out


def documents_frame(ds: Dataset, doc_ids: tuple[str, ...]) -> pd.DataFrame:
    """The selected documents: documents.csv columns (whatever the pipeline writes, old or
    new) plus publisher, URL and a one-line ``source`` from the seeds manifest."""
    docs = ds.documents[ds.documents["doc_id"].isin(list(doc_ids))].copy()
    for column in ("publisher", "url"):
        docs[column] = [ds.manifest.get(d, {}).get(column, "") for d in docs["doc_id"]]
    symbol = docs["symbol"] if "symbol" in docs.columns else pd.Series("", index=docs.index)
    kind_column = "source_kind" if "source_kind" in docs.columns else "kind"
    kinds = docs[kind_column] if kind_column in docs.columns else pd.Series("", index=docs.index)
    docs["source"] = [
        " · ".join(str(p) for p in parts if str(p)) or str(file)
        for parts, file in zip(
            zip(docs["publisher"], symbol, kinds, docs["url"], strict=True),
            docs["source_file"] if "source_file" in docs.columns else docs["doc_id"],
            strict=True,
        )
    ]
    return docs.reset_index(drop=True)


def filter_state(filters: Any, query: Mapping[str, Iterable[str]]) -> dict[str, Any]:
    """The filters as JSON-ready data: every field (defaults included) and the URL query
    that reopens the view, so a download can be traced back to what produced it."""
    fields = {k: list(v) if isinstance(v, tuple) else v for k, v in vars(filters).items()}
    return {
        "filters": fields,
        "active": {k: list(v) for k, v in filters.active().items()},
        "url_query": {k: list(v) for k, v in query.items()},
        "caveat": NOT_SAID_CAVEAT,
    }


def bundle_zip(
    files: Mapping[str, bytes],
    state: Mapping[str, Any],
    dictionary: Path = DATA_DICTIONARY,
) -> bytes:
    """A zip of the view's files, the data dictionary and ``filters.json``.

    Deterministic: fixed member order and timestamps, so the same view gives the same bytes.
    """
    members: dict[str, bytes] = dict(files)
    members["data-dictionary.md"] = dictionary.read_bytes()
    members["filters.json"] = (
        json.dumps(state, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    ).encode("utf-8")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(members):
            info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, members[name])
    return buffer.getvalue()


def _slug(value: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^A-Za-z0-9]+", "-", ascii_text).strip("-")


_DOC_HASH = re.compile(r"^\d+_([0-9a-f]{6,})$")


def short_value(key: str, value: str) -> str:
    """A value's short form: a document id keeps its content-hash prefix (stable across
    rebuilds, unlike its position), everything else its slug."""
    if key == "doc":
        match = _DOC_HASH.match(value)
        if match:
            return match.group(1)[:8]
    return _slug(value)


def export_filename(prefix: str, active: Mapping[str, Iterable[str]], ext: str = "csv") -> str:
    """A file name that says what was filtered: ``measures_region-Europe_measure-legislation.csv``.

    Filter names are the URL's. Only ``[A-Za-z0-9_.+-]`` is used: words within a value are
    joined by ``-``, several values by ``+``, filters by ``_``; documents are named by their
    hash prefix. Every filter stays in the name; only a name longer than the file systems'
    limit is cut, and then a stable hash of the whole name is appended (filters.json in the
    zip has them in full).
    """
    parts = [_slug(prefix) or "export"]
    for key, values in active.items():
        slugs = [s for s in (short_value(key, str(v)) for v in values) if s]
        if slugs:
            parts.append(f"{_slug(key)}-{'+'.join(slugs)}")
    if len(parts) == 1:
        parts.append("all")
    stem = "_".join(parts)
    if len(stem) > MAX_FILENAME:
        digest = hashlib.sha256(stem.encode("utf-8")).hexdigest()[:8]
        stem = stem[: MAX_FILENAME - 9].rstrip("_+-") + "_" + digest
    return f"{stem}.{ext}"
