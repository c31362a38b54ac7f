"""CSV downloads of the filtered view, safe to open in a spreadsheet.

Document text ends up in these cells, and spreadsheets execute a cell that starts with
``=``, ``+``, ``-``, ``@``, tab or carriage return as a formula (CSV injection). Such cells
get a leading single quote, the OWASP-recommended neutralisation, which spreadsheets show
as text and scripts can strip.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import unicodedata
from collections.abc import Iterable, Mapping

import pandas as pd

from explorer.data import MEASURE_COLUMNS
from explorer.vocab import LISTED_ONLY, NOT_SAID, NOT_SPEAKER, SPOKE_NONE

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
MAX_FILENAME = 120


def neutralise(value: object) -> str:
    """Return the cell as text, prefixed with ``'`` if a spreadsheet would run it."""
    text = "" if value is None else str(value)
    if text.startswith(FORMULA_TRIGGERS):
        return "'" + text
    return text


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
    return out.reset_index(drop=True)


def export_class(key: object) -> str:
    """The map's class as a stable word: ``measure_reported``, ``statement_no_measure``,
    ``listed_only`` or ``not_speaker``; the four facts stay apart in the file as on the map."""
    return {
        SPOKE_NONE: "statement_no_measure",
        LISTED_ONLY: "listed_only",
        NOT_SPEAKER: "not_speaker",
    }.get(str(key), "measure_reported")


def evidence_frame(measures: pd.DataFrame) -> pd.DataFrame:
    """The evidence download: exactly the measures.csv columns, in the published order."""
    return measures[list(MEASURE_COLUMNS)].reset_index(drop=True)


def _slug(value: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^A-Za-z0-9]+", "-", ascii_text).strip("-")


def export_filename(prefix: str, active: Mapping[str, Iterable[str]]) -> str:
    """A filename that says what was filtered: ``measures_region-Europe_measure-legislation.csv``.

    Only ``[A-Za-z0-9_.+-]`` is used: words within a value are joined by ``-``, several values
    by ``+``, filters by ``_``. Very long names are shortened with a stable hash suffix.
    """
    parts = [_slug(prefix) or "export"]
    for key, values in active.items():
        slugs = [s for s in (_slug(str(v)) for v in values) if s]
        if slugs:
            parts.append(f"{_slug(key)}-{'+'.join(slugs)}")
    if len(parts) == 1:
        parts.append("all")
    stem = "_".join(parts)
    if len(stem) > MAX_FILENAME:
        digest = hashlib.sha256(stem.encode("utf-8")).hexdigest()[:8]
        stem = stem[: MAX_FILENAME - 9].rstrip("_+-") + "_" + digest
    return stem + ".csv"
