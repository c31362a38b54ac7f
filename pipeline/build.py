"""The build: read -> segment -> resolve -> tag -> export, one document at a time.

Documents stream through the stages and their rows go straight to temporary CSV files,
so memory stays flat however large the input folder is; outputs are published only when
every document has been processed (atomic, byte-identical on rerun).
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pipeline import export
from pipeline.meta import ARTICLE, MEETING_COVERAGE, extract_meta
from pipeline.read import Document, InputError, SkippedFile, list_inputs, read_folder
from pipeline.resolve import Entity, aliases_of, all_states, find_mentions, resolve
from pipeline.segment import Segmentation, Statement, segment
from pipeline.tag import Measure, Speaker, load_categories, load_cues, tag_texts

RESOURCES = Path(__file__).parent / "resources"
BUILD_INFO = "build-info.json"
PIPELINE_VERSION = "1"

Progress = Callable[[int, int, str], None]


@dataclass(slots=True)
class BuildSummary:
    documents: int = 0
    statements: int = 0
    states: set[str] = field(default_factory=set)
    measures: Counter[str] = field(default_factory=Counter)
    unresolved: int = 0
    skipped: list[SkippedFile] = field(default_factory=list)
    words: int = 0

    def lines(self) -> list[str]:
        out = [
            f"documents   {self.documents}",
            f"statements  {self.statements}",
            f"States      {len(self.states)} (speaking, with ISO3)",
            "measures    "
            + (", ".join(f"{c.key} {self.measures.get(c.key, 0)}" for c in load_categories())),
            f"unresolved  {self.unresolved} (see unresolved.csv)",
            f"skipped     {len(self.skipped)}",
        ]
        out += [f"  - {s.source_file}: {s.reason}" for s in self.skipped]
        return out


@dataclass(frozen=True, slots=True)
class DocumentResult:
    document: Document
    title: str
    date: str
    kind: str
    segmentation: Segmentation
    measures: list[list[Measure]]


OTHER_ACTOR_KINDS = frozenset({"state", "observer", "organization"})


def speaker_of(entity: Entity, text: str) -> Speaker:
    """What the tagger must know of who speaks: the entity's own names, and the other
    States and organizations the text names (their measures are not the speaker's, §6)."""
    own = tuple(sorted({a.lower() for a in (entity.name, *aliases_of(entity))}))
    others = tuple(
        sorted(
            {
                m.text.lower()
                for m in find_mentions(text, kinds=OTHER_ACTOR_KINDS)
                if m.entity != entity
            }
        )
    )
    return Speaker(kind=entity.kind, names=own, other_actor_names=others)


def speaker_named(name: str, text: str) -> Speaker | None:
    """A speaker given by name, as UN documents write it, or by ISO 3166 alpha-3 code (the
    General Debate corpus names its files so); None when it does not resolve."""
    entity = resolve(name)
    if entity is None and len(name.strip()) == 3 and name.strip().isupper():
        entity = next((e for e in all_states() if e.iso3 == name.strip()), None)
    return None if entity is None else speaker_of(entity, text)


def _speaker_for(statement: Statement, text: str) -> Speaker:
    entity = statement.entity
    if entity is None:
        return Speaker(kind="unresolved", names=(statement.speaker.lower(),))
    return speaker_of(entity, text[statement.start : statement.end])


def on_trafficking(title: str, kind: str) -> bool:
    """§5: a meeting *on* trafficking supplies the tie for each of its statements."""
    if kind != MEETING_COVERAGE:
        return False
    words = title.lower()
    return any(" ".join(term) in words for term in load_cues().lists["tie_terms"])


def process_document(document: Document) -> DocumentResult:
    """All NLP for one document; pure apart from the cached rule pipeline."""
    meta = extract_meta(document.text)
    seg = segment(document.text, meta.kind)
    tie = on_trafficking(meta.title, meta.kind)
    items = [
        (document.text[st.start : st.end], _speaker_for(st, document.text), tie, st.start)
        for st in seg.statements
    ]
    measures = list(tag_texts(items))
    if meta.kind == ARTICLE:
        seg, measures = keep_reported_measures(seg, measures)
    return DocumentResult(document, meta.title, meta.date, meta.kind, seg, measures)


def keep_reported_measures(
    seg: Segmentation, measures: list[list[Measure]]
) -> tuple[Segmentation, list[list[Measure]]]:
    """Codebook §4: an article yields a statement only where a speaker reports their own
    measures. Other quoted speakers stay as participants whose content is not reported as a
    statement (content_reported=false), so they are not mistaken for absent."""
    kept = [(st, tags) for st, tags in zip(seg.statements, measures, strict=True) if tags]
    result = Segmentation(unresolved=list(seg.unresolved))
    result.statements = [st for st, _tags in kept]
    for entity, _reported in seg.participants.values():
        result.add_participant(entity, content_reported=False)
    for st in result.statements:
        if st.entity is not None:
            result.add_participant(st.entity, content_reported=True)
    return result, [tags for _st, tags in kept]


def _entity_cells(entity: Entity | None, speaker: str) -> tuple[str, str, str, str, str]:
    if entity is None:
        return (speaker, "unresolved", "", "", "")
    return (entity.name, entity.kind, entity.iso3, entity.region, entity.subregion)


def rows_for(result: DocumentResult) -> dict[str, Sequence[tuple[object, ...]]]:
    """The CSV rows one document contributes, already in output order."""
    doc = result.document
    text = doc.text
    statements, measures = [], []
    for order, (st, tags) in enumerate(
        zip(result.segmentation.statements, result.measures, strict=True), start=1
    ):
        sid = f"{doc.doc_id}:{order:03d}"
        cells = _entity_cells(st.entity, st.speaker)
        categories = ";".join(sorted(m.category for m in tags))
        statements.append(
            (
                sid,
                doc.doc_id,
                order,
                st.speaker,
                *cells,
                st.start,
                st.end,
                categories,
                text[st.start : st.end],
            )
        )
        for m in sorted(tags, key=lambda m: m.category):
            measures.append(
                (sid, doc.doc_id, *cells, m.category, m.status, m.evidence, m.start, m.end)
            )
    participants = sorted(
        (doc.doc_id, e.name, e.kind, e.iso3, e.region, e.subregion, "true" if reported else "false")
        for e, reported in result.segmentation.participants.values()
    )
    participants.sort(key=lambda r: (r[0], r[2], r[1]))
    unresolved = sorted(
        {(doc.doc_id, u.name, u.context, u.start, u.end) for u in result.segmentation.unresolved},
        key=lambda r: (r[3], r[4], r[1]),
    )
    document = [
        (
            doc.doc_id,
            result.title,
            result.date,
            result.kind,
            doc.source_file,
            doc.sha256,
            len(statements),
        )
    ]
    return {
        "documents.csv": document,
        "statements.csv": statements,
        "measures.csv": measures,
        "participants.csv": participants,
        "unresolved.csv": unresolved,
    }


def resources_digest() -> str:
    """Fingerprint of the rules: a change in any pattern or alias file means a rebuild."""
    digest = hashlib.sha256(PIPELINE_VERSION.encode())
    for path in sorted(RESOURCES.rglob("*")):
        if path.is_file() and path.suffix in (".json", ".jsonl", ".toml"):
            digest.update(path.relative_to(RESOURCES).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def build_info(input_dir: Path) -> dict[str, object]:
    inputs = {}
    for path in list_inputs(input_dir):
        inputs[path.name] = hashlib.sha256(path.read_bytes()).hexdigest()
    return {"pipeline_version": PIPELINE_VERSION, "resources": resources_digest(), "inputs": inputs}


def is_stale(input_dir: Path, output_dir: Path) -> bool:
    """True when outputs are missing or were built from other inputs or rules.

    Content hashes, not modification times: a fresh git clone gives every file the same
    time, and a rebuild must not depend on checkout order.
    """
    if not all((output_dir / name).is_file() for name in export.OUTPUT_FILES):
        return True
    try:
        recorded = json.loads((output_dir / BUILD_INFO).read_text(encoding="utf-8"))
        return bool(recorded != build_info(input_dir))
    except (OSError, ValueError, InputError):
        return True


def run_build(input_dir: Path, output_dir: Path, progress: Progress | None = None) -> BuildSummary:
    """Build every output from ``input_dir`` into ``output_dir``; see module docstring."""
    info = build_info(input_dir)
    total = len(list_inputs(input_dir))
    summary = BuildSummary()
    with export.CsvSet(output_dir) as out:
        for index, item in enumerate(read_folder(input_dir), start=1):
            if progress:
                progress(index, total, item.source_file)
            if isinstance(item, SkippedFile):
                summary.skipped.append(item)
                continue
            document = item
            result = process_document(document)
            if not result.segmentation.statements and not result.segmentation.participants:
                summary.skipped.append(SkippedFile(document.source_file, "no statements found"))
                continue
            rows = rows_for(result)
            for name, file_rows in rows.items():
                out.write(name, file_rows)
            summary.documents += 1
            summary.words += len(document.text.split())
            summary.statements += len(rows["statements.csv"])
            summary.unresolved += len(rows["unresolved.csv"])
            summary.states.update(
                str(r[3]) for r in rows["participants.csv"] if r[2] == "state" and r[3]
            )
            summary.measures.update(str(r[7]) for r in rows["measures.csv"])
    export.write_bytes_atomic(
        output_dir / BUILD_INFO,
        (json.dumps(info, indent=2, sort_keys=True) + "\n").encode("utf-8"),
    )
    return summary


def stderr_progress(index: int, total: int, name: str) -> None:
    """One line per document on a terminal (overwritten), every 25 documents otherwise."""
    if sys.stderr.isatty():
        sys.stderr.write(f"\r[{index}/{total}] {name[:60]:<60}")
        if index == total:
            sys.stderr.write("\n")
    elif index == total or index % 25 == 0:
        sys.stderr.write(f"[{index}/{total}] {name}\n")
    sys.stderr.flush()
