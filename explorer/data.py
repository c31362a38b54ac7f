"""Reading the pipeline's outputs into one immutable :class:`Dataset`.

Everything here is plain pandas so it can be unit-tested without Streamlit; the cached
wrappers live in :mod:`explorer.ui.loading`. The pipeline is imported lazily and optionally: the
dashboard must start (and its tests must run) when only the CSV files exist, and importing
the pipeline eagerly would load the NLP stack into a process that only draws charts.
"""

from __future__ import annotations

import json
import logging
import math
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from explorer.vocab import OPTIONAL_KINDS, STATE
from pipeline.export import OUTPUT_FILES
from pipeline.resolve import all_states
from pipeline.textnorm import strip_accents

LOG = logging.getLogger(__name__)

REPO_ROOT = Path(__file__).resolve().parent.parent

REQUIRED_TABLES = ("documents", "statements", "measures", "participants")
OPTIONAL_TABLES = ("unresolved",)
INT_COLUMNS = {
    "documents": ("n_statements",),
    "statements": ("order", "start", "end"),
    "measures": ("evidence_start", "evidence_end"),
    "unresolved": ("start", "end"),
}
# The CSV schema is the pipeline's public interface: read it from there, never restate it.
COLUMNS = {name.removesuffix(".csv"): list(cols) for name, cols in OUTPUT_FILES.items()}
# Issue 7's time and citation columns (the pipeline's contract for dates, sources and
# citations). Until every data folder has them they are optional: a folder written before
# them is read with each one derived from the document (see ``add_time_columns``), so an old
# ``data/`` or a user's own build still opens. ``kind`` is the old name of ``source_kind``.
TIME_COLUMNS = {
    "documents": ("date", "year", "date_source", "source_kind", "symbol"),
    "statements": ("date", "year", "source_kind", "citation"),
    "measures": ("title", "date", "year", "source_kind", "citation"),
}
LEGACY_COLUMNS = {"documents": ("kind",)}
MEASURE_COLUMNS = tuple(dict.fromkeys([*COLUMNS["measures"], *TIME_COLUMNS["measures"]]).keys())
GENERAL_DEBATE = "general debate"
# Source kinds in the order the sidebar offers them; kinds found in the data but not listed
# here (a future source) follow in alphabetical order.
SOURCE_KINDS = ("meeting coverage", GENERAL_DEBATE, "article")
NO_YEAR = -1
ENTITY_COLUMNS = ["key", "name", "kind", "iso3", "region", "subregion"]

ProgressCallback = Callable[[int, int, str], None]


def data_dir() -> Path:
    """The folder of CSVs; overridable so tests and the benchmark can point at fixtures."""
    return Path(os.environ.get("TRAFFICKING_DATA_DIR", REPO_ROOT / "data")).resolve()


def seeds_dir() -> Path:
    """The pipeline's input folder (also where ``manifest.json`` keeps provenance)."""
    return Path(os.environ.get("TRAFFICKING_SEEDS_DIR", REPO_ROOT / "seeds")).resolve()


def folder_problem(folder: Path, seeds: Path) -> str | None:
    """Why the configured folders cannot work, in one line naming the variable, or None.

    The folders come from the environment (``make dashboard INPUT=…`` sets them), so a typo
    must read as a typo, not as "no data yet" or a rebuild of the wrong folder.
    """
    if not seeds.is_dir():
        return f"TRAFFICKING_SEEDS_DIR={seeds} is not a folder"
    if folder.exists() and not folder.is_dir():
        return f"TRAFFICKING_DATA_DIR={folder} is not a folder"
    return None


def rebuild_enabled() -> bool:
    """Fixture data must never be overwritten by a pipeline run, so tests switch this off."""
    return os.environ.get("TRAFFICKING_NO_REBUILD", "").strip().lower() not in {"1", "true", "yes"}


def codebook_path() -> Path:
    return REPO_ROOT / "docs" / "codebook.md"


@dataclass(frozen=True)
class Dataset:
    """The pipeline's tables plus the derived entity list every filter works from.

    ``entity_key`` (ISO3 for States and observer States, else the entity name) is added to
    statements, measures and participants so that views can join on one column.
    """

    documents: pd.DataFrame
    statements: pd.DataFrame
    measures: pd.DataFrame
    participants: pd.DataFrame
    unresolved: pd.DataFrame
    entities: pd.DataFrame
    manifest: dict[str, dict[str, str]] = field(default_factory=dict)
    evaluation: dict[str, Any] | None = None
    # accuracy per category on unseen real text (tools/heldout_accuracy.py), if built
    heldout: dict[str, Any] | None = None
    codebook: str | None = None
    # Precomputed once per load (the dataset is cached and shared by sessions): with ~6,000
    # documents a per-rerun pandas lookup per label or name costs seconds.
    doc_labels: dict[str, str] = field(default_factory=dict)
    entity_names: dict[str, str] = field(default_factory=dict)

    @property
    def years(self) -> tuple[int, int] | None:
        """The first and last year of the dated documents, or None when none has a year."""
        known = self.documents.loc[self.documents["year_num"] != NO_YEAR, "year_num"]
        if known.empty:
            return None
        return int(known.min()), int(known.max())

    @property
    def undated_documents(self) -> int:
        return int((self.documents["year_num"] == NO_YEAR).sum())

    @property
    def sources(self) -> list[str]:
        """The source kinds present, in :data:`SOURCE_KINDS` order then alphabetical."""
        present = {str(k) for k in self.documents["source_kind"].unique() if k}
        listed = [k for k in SOURCE_KINDS if k in present]
        return listed + sorted(present - set(listed))

    @property
    def pickable_docs(self) -> list[str]:
        """The documents the sidebar's picker offers: all but General Debate speeches.

        There are thousands of speeches (one per State and year), which a picker cannot
        show usefully; they are chosen by year, source and country instead. Meetings and
        articles, a handful, stay pickable by name.
        """
        docs = self.documents
        return list(docs.loc[docs["source_kind"] != GENERAL_DEBATE, "doc_id"])

    @property
    def regions(self) -> list[str]:
        return sorted(r for r in self.entities["region"].unique() if r)

    def subregions(self, regions: Iterable[str] = ()) -> list[str]:
        frame = self.entities
        chosen = list(regions)
        if chosen:
            frame = frame[frame["region"].isin(chosen)]
        return sorted(s for s in frame["subregion"].unique() if s)

    @property
    def doc_ids(self) -> list[str]:
        return list(self.documents["doc_id"])

    def doc_label(self, doc_id: str) -> str:
        return self.doc_labels.get(doc_id, doc_id)

    def entity_name(self, key: str) -> str:
        return self.entity_names.get(key, key)


def doc_label(doc_id: str, title: str, date: str) -> str:
    """The label the picker and notices show: date, then title cut to 90 characters."""
    title = " ".join(title.split()) or doc_id
    if len(title) > 90:
        title = title[:87] + "…"
    return f"{date} · {title}" if date else title


def _year_of(date: pd.Series) -> pd.Series:
    """The leading four digits of a date (``2021-11-22`` or ``2021``), else ""."""
    return date.str.extract(r"^(\d{4})", expand=False).fillna("")


def fallback_citation(
    entity: pd.Series,
    title: pd.Series,
    date: pd.Series,
    source_file: pd.Series,
    start: pd.Series,
    end: pd.Series,
) -> pd.Series:
    """A plain-text citation for data written before the pipeline wrote its own: speaker,
    document, date, file and character span, so a pasted sentence can still be traced."""
    when = date.where(date != "", "undated")
    span = start.astype(str) + "\u2013" + end.astype(str)
    return entity + ", " + title + ", " + when + ". " + source_file + ", characters " + span + "."


def add_time_columns(tables: dict[str, pd.DataFrame]) -> None:
    """Fill the issue 7 columns a data folder lacks, from its documents (in place).

    Vectorised (one ``map`` per column) because it runs on every load of ~6,000 documents
    and their statements. Also adds ``year_num`` to documents, statements and measures: the
    document's year as an int, or :data:`NO_YEAR`, which the year filter, the timeline and
    first/last reported compare without parsing strings on each rerun.
    """
    docs = tables["documents"]
    if "source_kind" not in docs.columns:
        docs["source_kind"] = docs["kind"] if "kind" in docs.columns else ""
    docs["source_kind"] = docs["source_kind"].str.strip().str.lower()
    if "year" not in docs.columns:
        docs["year"] = _year_of(docs["date"])
    for column in ("date_source", "symbol"):
        if column not in docs.columns:
            docs[column] = ""
    docs["year_num"] = pd.to_numeric(docs["year"], errors="coerce").fillna(NO_YEAR).astype(int)
    by_doc = docs.set_index("doc_id")

    def from_doc(frame: pd.DataFrame, column: str) -> pd.Series:
        if column in frame.columns:
            return frame[column]
        return frame["doc_id"].map(by_doc[column]).fillna("").astype(str)

    for name, start, end in (
        ("statements", "start", "end"),
        ("measures", "evidence_start", "evidence_end"),
    ):
        frame = tables[name]
        if "citation" not in frame.columns:
            frame["citation"] = fallback_citation(
                frame["entity"],
                from_doc(frame, "title"),
                from_doc(frame, "date"),
                from_doc(frame, "source_file"),
                frame[start],
                frame[end],
            )
        for column in TIME_COLUMNS[name]:
            frame[column] = from_doc(frame, column)
        frame["year_num"] = frame["doc_id"].map(by_doc["year_num"]).fillna(NO_YEAR).astype(int)


def entity_key(iso3: str, name: str) -> str:
    return iso3 if iso3 else name


def _normalise_kind(kind: str) -> str:
    kind = kind.strip().lower()
    if "observer" in kind:
        return "observer"
    if kind in OPTIONAL_KINDS or kind == STATE:
        return kind
    return "organization" if "organi" in kind else STATE


def read_table(path: Path, name: str) -> pd.DataFrame:
    """Read one CSV as strings (empty means "not applicable"), then type the number columns."""
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    legacy = LEGACY_COLUMNS.get(name, ())
    optional = TIME_COLUMNS.get(name, ())
    missing = [c for c in COLUMNS[name] if c not in frame.columns and c not in legacy + optional]
    if missing:
        raise ValueError(f"{path}: missing column(s) {', '.join(missing)}")
    for column in INT_COLUMNS.get(name, ()):
        frame[column] = pd.to_numeric(frame[column], errors="coerce").fillna(-1).astype(int)
    return frame


def _empty(name: str) -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=str) for c in COLUMNS[name]})


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        LOG.warning("could not read %s: %s", path, exc)
        return None


def reference_states() -> pd.DataFrame:
    """Every State the map should show, speakers or not: the resolver's States and observer
    States, so "not a speaker" is drawn for the same universe the pipeline resolves to."""
    rows = [
        {
            "name": e.name,
            "kind": _normalise_kind(e.kind),
            "iso3": e.iso3,
            "region": e.region,
            "subregion": e.subregion,
        }
        for e in all_states()
        if e.iso3
    ]
    return pd.DataFrame(rows, columns=["name", "kind", "iso3", "region", "subregion"]).astype(str)


def build_entities(
    reference: pd.DataFrame, participants: pd.DataFrame, statements: pd.DataFrame
) -> pd.DataFrame:
    """One row per entity: the reference States, then whoever else the data mentions.

    The data's own name and region win over the reference, because they are what the
    other tables and the downloads show.
    """
    rows: dict[str, dict[str, str]] = {}
    for frame in (participants, statements):
        for rec in frame[["entity", "entity_kind", "iso3", "region", "subregion"]].itertuples(
            index=False
        ):
            entity, kind, iso3, region, subregion = (str(v) for v in rec)
            if kind == "unresolved" or not entity:
                continue
            key = entity_key(iso3, entity)
            rows.setdefault(
                key,
                {
                    "key": key,
                    "name": entity,
                    "kind": _normalise_kind(kind),
                    "iso3": iso3,
                    "region": region,
                    "subregion": subregion,
                },
            )
    for rec in reference.itertuples(index=False):
        name, kind, iso3, region, subregion = (str(v) for v in rec)
        rows.setdefault(
            iso3,
            {
                "key": iso3,
                "name": name,
                "kind": kind,
                "iso3": iso3,
                "region": region,
                "subregion": subregion,
            },
        )
    frame = pd.DataFrame(list(rows.values()), columns=ENTITY_COLUMNS).astype(str)
    frame["sort_name"] = frame["name"].map(sort_key)
    return frame.sort_values(["sort_name", "key"]).reset_index(drop=True)


def sort_key(text: str) -> str:
    """Accent- and case-insensitive key, so "Côte d'Ivoire" sorts and matches like "cote"."""
    return strip_accents(text).casefold()


def read_dataset(
    folder: Path, seeds: Path | None = None, reference: pd.DataFrame | None = None
) -> Dataset:
    """Load every table of ``folder``; raise ``FileNotFoundError`` naming missing files."""
    missing = [f"{n}.csv" for n in REQUIRED_TABLES if not (folder / f"{n}.csv").is_file()]
    if missing:
        raise FileNotFoundError(f"{folder}: missing {', '.join(missing)}")
    tables = {name: read_table(folder / f"{name}.csv", name) for name in REQUIRED_TABLES}
    for name in OPTIONAL_TABLES:
        path = folder / f"{name}.csv"
        tables[name] = read_table(path, name) if path.is_file() else _empty(name)
    add_time_columns(tables)
    for name in ("statements", "measures", "participants"):
        frame = tables[name]
        frame["entity_key"] = [
            entity_key(i, e) for i, e in zip(frame["iso3"], frame["entity"], strict=True)
        ]
        frame["entity_kind"] = frame["entity_kind"].map(
            lambda k: k if k == "unresolved" else _normalise_kind(k)
        )
    participants = tables["participants"]
    participants["content_reported"] = (
        participants["content_reported"].str.strip().str.lower().isin(["true", "1", "yes"])
    )
    if reference is None:
        reference = reference_states()
    entities = build_entities(reference, participants, tables["statements"])
    manifest_file = seeds / "manifest.json" if seeds is not None else None
    # Optional: a folder of the user's own documents usually has none.
    manifest = normalise_manifest(
        _read_json(manifest_file) if manifest_file and manifest_file.is_file() else None
    )
    evaluation = read_evaluations(folder)
    heldout = read_heldout(folder)
    codebook = codebook_path().read_text("utf-8") if codebook_path().is_file() else None
    docs = tables["documents"]
    labels = {
        str(d): doc_label(str(d), str(t), str(date))
        for d, t, date in zip(docs["doc_id"], docs["title"], docs["date"], strict=True)
    }
    names = dict(zip(entities["key"].astype(str), entities["name"].astype(str), strict=True))
    return Dataset(
        documents=tables["documents"],
        statements=tables["statements"],
        measures=tables["measures"],
        participants=participants,
        unresolved=tables["unresolved"],
        entities=entities,
        manifest=manifest,
        evaluation=evaluation if isinstance(evaluation, dict) else None,
        heldout=heldout,
        codebook=codebook,
        doc_labels=labels,
        entity_names=names,
    )


def evaluation_files(folder: Path) -> list[Path]:
    """``evaluation-<gold>.json`` per gold set (``python -m pipeline evaluate``), or a single
    ``evaluation.json``."""
    return sorted(folder.glob("evaluation*.json"))


HELDOUT_FILE = "heldout-accuracy.json"


def read_heldout(folder: Path) -> dict[str, Any] | None:
    """The pooled accuracy on unseen real text (``tools/heldout_accuracy.py``), or None when
    the file is absent or not of that shape (a user's own data folder has none)."""
    path = folder / HELDOUT_FILE
    content = _read_json(path) if path.is_file() else None
    if not isinstance(content, dict) or not isinstance(content.get("categories"), dict):
        return None
    return content


def heldout_rows(heldout: dict[str, Any] | None, labels: dict[str, str]) -> pd.DataFrame:
    """One row per category (then overall): how often a tag was right on unseen text, how
    much of what annotators found it caught, and on how many gold measures."""
    columns = ["Category", "Tags right", "Measures found", "F1", "Gold measures"]
    categories = heldout.get("categories", {}) if heldout else {}
    rows = []
    for key in [*labels, "overall"]:
        figures = categories.get(key)
        if not isinstance(figures, dict):
            continue
        tp, fn = figures.get("tp"), figures.get("fn")
        rows.append(
            {
                "Category": labels.get(key, "All categories"),
                "Tags right": _percent(figures.get("precision")),
                "Measures found": _percent(figures.get("recall")),
                "F1": _percent(figures.get("f1")),
                "Gold measures": tp + fn if isinstance(tp, int) and isinstance(fn, int) else None,
            }
        )
    return pd.DataFrame(rows, columns=columns)


def heldout_sentence(heldout: dict[str, Any] | None, labels: dict[str, str]) -> str:
    """The same figures as one plain sentence for the Evidence tab ("" when not built)."""
    if heldout is None:
        return ""
    rows = heldout_rows(heldout, labels)
    if rows.empty:
        return ""
    parts = [
        f"{r['Category']} {r['Tags right']} right, {r['Measures found']} found"
        for r in rows.to_dict("records")
        if r["Category"] != "All categories"
    ]
    splits = heldout.get("splits", [])
    scope = f"{splits[0]} to {splits[-1]}" if isinstance(splits, list) and splits else ""
    return (
        f"On real text the rules had not seen ({scope}, each scored once): "
        + "; ".join(parts)
        + ". Read a tag's evidence before citing it."
    )


def _percent(value: Any) -> str:
    """Half up, as a reader rounds (0.785 is "79 %", not the even "78 %")."""
    if not isinstance(value, int | float):
        return "n/a"
    return f"{math.floor(100 * value + 0.5 + 1e-9)} %"


def read_evaluations(folder: Path) -> dict[str, Any] | None:
    """One figures object, or ``{gold set: figures}`` when several gold sets were scored."""
    found = {}
    for path in evaluation_files(folder):
        content = _read_json(path)
        if isinstance(content, dict):
            found[path.stem.removeprefix("evaluation").removeprefix("-") or "evaluation"] = content
    if not found:
        return None
    if list(found) == ["evaluation"]:
        return found["evaluation"]
    return found


def normalise_manifest(raw: Any) -> dict[str, dict[str, str]]:
    """``{doc_id: {field: text}}`` from ``seeds/manifest.json``, nulls as "".

    Accepts both ``{"documents": {doc_id: {...}}}`` and a flat ``{doc_id: {...}}``.
    """
    if not isinstance(raw, dict):
        return {}
    nested = raw.get("documents")
    docs: dict[Any, Any] = nested if isinstance(nested, dict) else raw
    out: dict[str, dict[str, str]] = {}
    for doc_id, record in docs.items():
        if isinstance(record, dict):
            out[str(doc_id)] = {
                str(k): "" if v is None else str(v)
                for k, v in record.items()
                if not isinstance(v, dict | list)
            }
    return out


def files_signature(folder: Path, seeds: Path) -> tuple[tuple[str, int, int], ...]:
    """Cache key that changes whenever a rebuild rewrites the data (mtime and size)."""
    paths = [folder / f"{n}.csv" for n in (*REQUIRED_TABLES, *OPTIONAL_TABLES)]
    paths += [*evaluation_files(folder), seeds / "manifest.json", codebook_path()]
    return _stat_signature(paths)


def _stat_signature(paths: Iterable[Path]) -> tuple[tuple[str, int, int], ...]:
    """(path, mtime, size) of each path that exists, in the given order."""
    signature = []
    for path in paths:
        try:
            stat = path.stat()
        except OSError:
            continue
        signature.append((str(path), stat.st_mtime_ns, stat.st_size))
    return tuple(signature)


def inputs_signature(seeds: Path) -> tuple[tuple[str, int, int], ...]:
    """What a build reads (documents and the pipeline's resource files), by path, mtime and
    size: a failed build is not retried until one of them changes."""
    from pipeline import vocabulary  # stdlib only: no NLP import

    paths: list[Path] = []
    for root in (seeds, vocabulary.RESOURCES):
        try:
            paths += sorted(root.rglob("*"))
        except OSError:
            continue
    return _stat_signature(paths)


def pipeline_build() -> Any:
    """The pipeline's build module (a seam the tests replace with a fake)."""
    from pipeline import build  # imported on demand: only the freshness check needs it

    return build


def needs_build(folder: Path, seeds: Path) -> tuple[bool, str]:
    """Whether the data must be (re)built, and why, in words a user can read."""
    missing = [f"{n}.csv" for n in REQUIRED_TABLES if not (folder / f"{n}.csv").is_file()]
    if missing:
        return True, f"missing {', '.join(missing)}"
    if pipeline_build().is_stale(seeds, folder):
        return True, "the data are older than the source documents or the pipeline's patterns"
    return False, "up to date"


def run_build(folder: Path, seeds: Path, progress: ProgressCallback | None = None) -> None:
    pipeline_build().run_build(seeds, folder, progress=progress)


def evaluation_rows(evaluation: dict[str, Any] | None) -> pd.DataFrame:
    """Flatten evaluation figures of any reasonable nesting into one row per scope.

    The evaluation format is written by another part of the project; rather than pin its
    exact shape, any object holding precision/recall/f1 numbers becomes a row named by its
    path ("overall", "legislation", ...).
    """
    metrics = ("precision", "recall", "f1")
    rows: list[dict[str, Any]] = []

    def walk(node: Any, path: list[str]) -> None:
        if not isinstance(node, dict):
            return
        lowered = {str(k).lower(): v for k, v in node.items()}
        if any(isinstance(lowered.get(m), int | float) for m in metrics):
            row: dict[str, Any] = {"scope": path[-1] if path else "overall"}
            if len(path) > 1 and path[0] not in ("per_category", "overall"):
                row["gold set"] = path[0]
            for key, value in lowered.items():
                if isinstance(value, int | float) and not isinstance(value, bool):
                    row[key] = value
            rows.append(row)
            return
        for key, value in node.items():
            walk(value, [*path, str(key)])

    walk(evaluation, [])
    if not rows:
        return pd.DataFrame(columns=["scope", *metrics])
    frame = pd.DataFrame(rows)
    leading = ["gold set"] if "gold set" in frame.columns else []
    ordered = [*leading, "scope", *[m for m in metrics if m in frame.columns]]
    rest = [c for c in frame.columns if c not in ordered]
    return frame[ordered + rest]
