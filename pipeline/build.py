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
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pipeline import cite, export
from pipeline import general_debate as gd
from pipeline.meta import ARTICLE, MEETING_COVERAGE, extract_meta, extract_symbol
from pipeline.read import (
    Document,
    InputError,
    SkippedFile,
    fingerprint,
    list_entries,
    read_entries,
)
from pipeline.resolve import (
    Entity,
    acronyms_in,
    acronyms_of,
    aliases_of,
    find_mentions,
    organs_of_other_states,
    resolve,
    state_by_iso3,
)
from pipeline.segment import Segmentation, Statement, segment
from pipeline.split import sentences
from pipeline.strict import DataFileError, check_record, read_json
from pipeline.tag import (
    STATUS_RANK,
    Decision,
    Measure,
    Speaker,
    explain_stream,
    load_categories,
    load_cues,
)

RESOURCES = Path(__file__).parent / "resources"
BUILD_INFO = export.BUILD_INFO
PIPELINE_VERSION = "1"

Progress = Callable[[int, int, str], None]
# (characters of the current document tagged so far, its length): progress inside one
# long document, where the per-document progress would sit still for minutes
DocumentProgress = Callable[[int, int], None]

# The tagger looks at each candidate's whole sentence, so its cost grows with the square of
# a sentence's length, and spaCy refuses texts over 1,000,000 characters. A statement is
# therefore tagged in pieces of whole sentences when it is longer than PIECE_CHARS, and a
# sentence longer than SENTENCE_CHARS (about twice the longest in the seeds and gold sets,
# so those are tagged exactly as before) is cut at a space.
PIECE_CHARS = 100_000
SENTENCE_CHARS = 4_000


class EmptyBuildError(Exception):
    """A build with no document would replace a build that has some; one line saying so."""


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
    date_source: str  # "text", "manifest", "file name", or "" when no date is known
    source_kind: str  # cite.SOURCE_KINDS
    symbol: str
    segmentation: Segmentation
    measures: list[list[Measure]]
    cited: cite.Source
    indexed: gd.IndexedSpeech | None = None


MANIFEST = "manifest.json"
_MANIFEST_FIELDS = ("source_file", "title", "publisher", "date", "kind", "note", "sha256", "symbol")


@dataclass(frozen=True, slots=True)
class Curated:
    """What an input folder's ``manifest.json`` says of a document where its text is silent:
    a date (with the reason in its note), the publisher, the document symbol."""

    date: str = ""
    publisher: str = ""
    symbol: str = ""


def load_manifest(input_dir: Path) -> tuple[dict[str, Curated], SkippedFile | None]:
    """The optional provenance file. A malformed one is named with its reason and ignored,
    like any other bad input file: it must not stop the build of the documents."""
    path = input_dir / MANIFEST
    if not path.is_file():
        return {}, None
    try:
        data = check_record(
            read_json(path), where=MANIFEST, required={"documents": dict}, optional={"about": str}
        )
        curated: dict[str, Curated] = {}
        for doc_id, entry in data["documents"].items():
            where = f"{MANIFEST}: documents.{doc_id}"
            record = check_record(
                entry,
                where=where,
                required={},
                optional=dict.fromkeys(_MANIFEST_FIELDS, (str, type(None))),
            )
            date = record.get("date") or ""
            if date and not cite.year_of(date):
                raise DataFileError(f"{where}: date {date!r} is not YYYY or YYYY-MM-DD")
            curated[doc_id] = Curated(
                date, record.get("publisher") or "", record.get("symbol") or ""
            )
    except (DataFileError, OSError, ValueError) as exc:
        reason = str(exc).split(": ", 1)[-1] if str(exc).startswith(MANIFEST) else str(exc)
        return {}, SkippedFile(MANIFEST, f"ignored ({reason})")
    return curated, None


OTHER_ACTOR_KINDS = frozenset({"state", "observer", "organization"})


def speaker_of(entity: Entity, text: str) -> Speaker:
    """What the tagger must know of who speaks: the entity's own names, and the other
    States and organizations the text names (their measures are not the speaker's, §6)."""
    # acronyms keep their case: the tokenizer keeps "U.S." one token, but cuts "u.s." in two
    own = tuple(sorted({a.lower() for a in (entity.name, *aliases_of(entity))}))
    own += acronyms_of(entity)
    mentions = [m for m in find_mentions(text, kinds=OTHER_ACTOR_KINDS) if m.entity != entity]
    others = tuple(
        sorted(
            {m.text.lower() for m in mentions}
            | {phrase.lower() for phrase in organs_of_other_states(text, entity)}
            | {written for written, iso3 in acronyms_in(text) if iso3 != entity.iso3}
        )
    )
    # no ISO3 code: an organization, whether listed as one or as a UN observer (the OSCE)
    organizations = tuple(sorted({m.text.lower() for m in mentions if not m.entity.iso3}))
    return Speaker(
        kind=entity.kind,
        names=own,
        other_actor_names=others,
        organization_names=organizations,
    )


def speaker_named(name: str, text: str) -> Speaker | None:
    """A speaker given by name, as UN documents write it, or by ISO 3166 alpha-3 code (the
    General Debate corpus names its files so); None when it does not resolve."""
    entity = resolve(name)
    if entity is None and len(name.strip()) == 3 and name.strip().isupper():
        entity = state_by_iso3(name.strip())
    return None if entity is None else speaker_of(entity, text)


def _speaker_for(statement: Statement, text: str) -> Speaker:
    entity = statement.entity
    if entity is None:
        return Speaker(kind="unresolved", names=(statement.speaker.lower(),))
    return speaker_of(entity, text[statement.start : statement.end])


def reads_as_trafficking_assessment(text: str) -> bool:
    """§5 for a single text given without ``on_trafficking``: a country assessment of
    trafficking (a Factbook "Trafficking in persons" entry with its "tier rating", a TIP
    Report narrative measured against "the minimum standards for the elimination of
    trafficking") is about trafficking as a whole, as the annotators' brief reads it."""
    lists = load_cues().lists
    words = " ".join(text.lower().split())
    if any(" ".join(m) in words for m in lists["trafficking_assessment_markers"]):
        return True
    # "X is a source, transit, and destination country for men, women, and children
    # subjected to forced labor": the genre's opening sentence, about persons, not drugs
    first = sentences(text, 0, len(text))[:1]
    opening = " ".join(text[first[0][0] : first[0][1]].lower().split()) if first else ""
    return any(" ".join(m) in opening for m in lists["assessment_openers"]) and any(
        " ".join(m) in opening for m in lists["assessment_subjects"]
    )


def on_trafficking(title: str, kind: str) -> bool:
    """§5: a meeting *on* trafficking supplies the tie for each of its statements."""
    if kind != MEETING_COVERAGE:
        return False
    words = title.lower()
    return any(" ".join(term) in words for term in load_cues().lists["tie_terms"])


def tagging_pieces(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` to tag separately: the whole text unless it is long or holds a very
    long sentence (see PIECE_CHARS); pieces are whole sentences, cut only inside a sentence
    longer than SENTENCE_CHARS."""
    if len(text) <= SENTENCE_CHARS:
        return [(0, len(text))]
    units: list[tuple[int, int, bool]] = []  # (start, end, cut out of a longer sentence)
    for start, end in sentences(text, 0, len(text)):
        cut_here = end - start > SENTENCE_CHARS
        while end - start > SENTENCE_CHARS:
            cut = text.rfind(" ", start + SENTENCE_CHARS // 2, start + SENTENCE_CHARS)
            cut = cut + 1 if cut > start else start + SENTENCE_CHARS
            units.append((start, cut, True))
            start = cut
        units.append((start, end, cut_here))
    if len(text) <= PIECE_CHARS and not any(cut for _s, _e, cut in units):
        return [(0, len(text))]
    pieces: list[tuple[int, int]] = []
    previous_cut = False
    for start, end, cut in units:
        if pieces and not cut and not previous_cut and end - pieces[-1][0] <= PIECE_CHARS:
            pieces[-1] = (pieces[-1][0], end)
        else:
            pieces.append((start, end))
        previous_cut = cut
    return pieces or [(0, 0)]  # only spaces: one empty piece, so every text has a result


def _merge(
    results: list[tuple[list[Measure], list[Decision]]],
) -> tuple[list[Measure], list[Decision]]:
    """One statement's measures from its pieces: per category the most advanced status,
    the earliest evidence on a tie, in the category order the tagger uses."""
    best: dict[str, Measure] = {}
    decisions: list[Decision] = []
    for measures, piece_decisions in results:
        decisions.extend(piece_decisions)
        for m in measures:
            kept = best.get(m.category)
            if kept is None or STATUS_RANK[m.status] > STATUS_RANK[kept.status]:
                best[m.category] = m
    order = {c.key: i for i, c in enumerate(load_categories())}
    merged = sorted(best.values(), key=lambda m: (order.get(m.category, len(order)), m.category))
    return merged, decisions


def explain_texts(
    items: Sequence[tuple[str, Speaker, bool, int]],
    on_progress: DocumentProgress | None = None,
    batch_size: int = 64,
) -> Iterator[tuple[list[Measure], list[Decision]]]:
    """Tag many statements (text, speaker, topic tie, base offset) in one spaCy stream,
    each in pieces when it is too long for one pass (see tagging_pieces)."""
    total = sum(len(text) for text, *_rest in items)
    flat: list[tuple[int, str, int]] = []  # (item index, piece text, piece offset)
    for index, (text, *_rest) in enumerate(items):
        for start, end in tagging_pieces(text):
            flat.append((index, text[start:end], start))
    found = explain_stream(
        [
            (piece, items[index][1], items[index][2], items[index][3] + offset)
            for index, piece, offset in flat
        ],
        batch_size=batch_size,
    )
    pending: list[tuple[list[Measure], list[Decision]]] = []
    done = 0
    for position, ((index, piece, _offset), result) in enumerate(zip(flat, found, strict=True)):
        pending.append(result)
        done += len(piece)
        if on_progress and position % batch_size == 0:
            on_progress(done, total)
        if position + 1 == len(flat) or flat[position + 1][0] != index:
            yield pending[0] if len(pending) == 1 else _merge(pending)
            pending = []
    if on_progress:
        on_progress(total, total)


def process_document(
    document: Document,
    on_progress: DocumentProgress | None = None,
    curated: Curated | None = None,
    indexed: gd.IndexedSpeech | None = None,
) -> DocumentResult:
    """All NLP for one document; pure apart from the cached rule pipeline.

    A General Debate speech (its file name says who spoke and when) is cut into excerpts
    instead of being segmented; everything else is meeting coverage or an article, dated by
    its text, or by the input folder's manifest where the text gives no date.
    """
    speech = gd.parse_name(document.source_file.rsplit("/", 1)[-1])
    if speech is not None:
        return process_speeches([(document, speech, indexed)], on_progress)[0]
    curated = curated or Curated()
    meta = extract_meta(document.text)
    seg = segment(document.text, meta.kind)
    tie = on_trafficking(meta.title, meta.kind)
    items = [
        (document.text[st.start : st.end], _speaker_for(st, document.text), tie, st.start)
        for st in seg.statements
    ]
    measures = [found for found, _why in explain_texts(items, on_progress)]
    if meta.kind == ARTICLE:
        seg, measures = keep_reported_measures(seg, measures)
    date, date_source = (meta.date, "text") if meta.date else (curated.date, "manifest")
    symbol = extract_symbol(document.text) or curated.symbol
    cited = cite.Source(
        meta.title, date, meta.kind, symbol, curated.publisher, document.source_file
    )
    return DocumentResult(
        document, meta.title, date, date_source if date else "", meta.kind, symbol, seg,
        measures, cited,
    )  # fmt: skip


# General Debate speeches are short once cut to their excerpts (a few hundred words): tagged
# one by one, spaCy's per-call setup costs a third of the work, so they go through it in
# batches of about this many characters (memory stays bounded by the batch).
SPEECH_BATCH_CHARS = 200_000


def process_speeches(
    batch: Sequence[tuple[Document, gd.Speech, gd.IndexedSpeech | None]],
    on_progress: DocumentProgress | None = None,
) -> list[DocumentResult]:
    """All NLP for several General Debate speeches in one spaCy stream, in batch order."""
    segmentations = [gd.segmentation(document.text, speech) for document, speech, _i in batch]
    items = [
        (document.text[st.start : st.end], _speaker_for(st, document.text), False, st.start)
        for (document, _s, _i), seg in zip(batch, segmentations, strict=True)
        for st in seg.statements
    ]
    found = iter([measures for measures, _why in explain_texts(items, on_progress)])
    return [
        speech_result(document, speech, seg, [next(found) for _st in seg.statements], indexed)
        for (document, speech, indexed), seg in zip(batch, segmentations, strict=True)
    ]


def speech_result(
    document: Document,
    speech: gd.Speech,
    seg: Segmentation,
    measures: list[list[Measure]],
    indexed: gd.IndexedSpeech | None,
) -> DocumentResult:
    """A speech's result: titled and dated by its file name, cited by its corpus file."""
    speaker = next((e.name for e, _r in seg.participants.values()), speech.code)
    corpus_file = indexed.corpus_file if indexed else document.source_file
    cited = cite.Source(
        gd.citation_title(speech), speech.date, cite.GENERAL_DEBATE, file=corpus_file
    )
    return DocumentResult(
        document, gd.document_title(speech, speaker), speech.date, "file name",
        cite.GENERAL_DEBATE, "", seg, measures, cited, indexed,
    )  # fmt: skip


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
    year = cite.year_of(result.date)
    when = (result.date, year, result.source_kind)

    def cited(st: Statement, cells: tuple[str, ...], order: int, start: int, end: int) -> str:
        a, b = gd.corpus_offsets(result.indexed, text, start, end)
        return cite.citation(result.cited, st.speaker, cells[0], order, a, b)

    statements, measures = [], []
    for order, (st, tags) in enumerate(
        zip(result.segmentation.statements, result.measures, strict=True), start=1
    ):
        sid = f"{doc.doc_id}:{order:03d}"
        cells = _entity_cells(st.entity, st.speaker)
        categories = ";".join(sorted(m.category for m in tags))
        statements.append(
            (
                sid, doc.doc_id, order, st.speaker, *cells, st.start, st.end, categories,
                *when, cited(st, cells, order, st.start, st.end), text[st.start : st.end],
            )
        )  # fmt: skip
        for m in sorted(tags, key=lambda m: m.category):
            measures.append(
                (
                    sid, doc.doc_id, *cells, m.category, m.status, m.evidence, m.start, m.end,
                    result.title, *when, cited(st, cells, order, m.start, m.end),
                )
            )  # fmt: skip
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
            doc.doc_id, result.title, result.date, year, result.date_source, result.source_kind,
            result.symbol, doc.source_file, doc.sha256, len(statements),
        )
    ]  # fmt: skip
    return {
        "documents.csv": document,
        "statements.csv": statements,
        "measures.csv": measures,
        "participants.csv": participants,
        "unresolved.csv": unresolved,
    }


def speech_rows(indexed: gd.IndexedSpeech) -> dict[str, Sequence[tuple[object, ...]]]:
    """An indexed speech that kept no excerpt: the State spoke that year (its content is in
    the corpus; none of it ties to trafficking), so it is a participant with content."""
    speech = indexed.speech
    document = Document(
        doc_id=speech_id(speech), source_file=indexed.corpus_file, text="", sha256=indexed.sha256
    )
    return rows_for(speech_result(document, speech, gd.segmentation("", speech), [], indexed))


def speech_id(speech: gd.Speech) -> str:
    return f"{speech.code}_{speech.session}_{speech.year}"


def resources_digest() -> str:
    """Fingerprint of the rules: a change in any pattern or alias file means a rebuild."""
    digest = hashlib.sha256(PIPELINE_VERSION.encode())
    for path in sorted(RESOURCES.rglob("*")):
        if path.is_file() and path.suffix in (".json", ".jsonl", ".toml"):
            digest.update(path.relative_to(RESOURCES).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def build_info(input_dir: Path) -> dict[str, object]:
    inputs = {entry.name: fingerprint(entry) for entry in list_entries(input_dir)}
    return _info({**inputs, **side_inputs(input_dir)})


def side_inputs(input_dir: Path) -> dict[str, str]:
    """Files that are not documents but change the outputs: the manifest (curated dates)
    and General Debate extract indexes (speeches with no excerpt, corpus offsets)."""
    found = {}
    paths = [input_dir / MANIFEST, *index_paths(input_dir)]
    for path in paths:
        if path.is_file():
            name = path.relative_to(input_dir).as_posix()
            try:
                found[name] = hashlib.sha256(path.read_bytes()).hexdigest()
            except OSError as exc:
                found[name] = f"unreadable: {exc.strerror or exc}"
    return found


def index_paths(input_dir: Path) -> list[Path]:
    """The General Debate extract indexes anywhere under the input folder (not in hidden
    folders), in path order."""
    return sorted(
        p
        for p in input_dir.rglob(gd.INDEX_NAME)
        if not any(part.startswith(".") for part in p.relative_to(input_dir).parts)
    )


def load_indexes(input_dir: Path) -> tuple[dict[str, gd.IndexedSpeech], list[SkippedFile]]:
    """Indexed speeches by the document id they would have; a bad index is named, skipped."""
    speeches: dict[str, gd.IndexedSpeech] = {}
    skipped = []
    for path in index_paths(input_dir):
        parent = path.parent.relative_to(input_dir).as_posix()
        base = "" if parent == "." else parent + "/"
        try:
            rows = gd.read_index(path, base)
        except gd.ExtractIndexError as exc:
            skipped.append(SkippedFile(base + gd.INDEX_NAME, str(exc).split(": ", 1)[-1]))
            continue
        for row in rows:
            speeches.setdefault(speech_id(row.speech), row)
    return speeches, skipped


def _info(inputs: dict[str, str]) -> dict[str, object]:
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


def _has_documents(output_dir: Path) -> bool:
    """Whether the published build holds at least one document row."""
    try:
        with (output_dir / "documents.csv").open("rb") as handle:
            handle.readline()
            return bool(handle.readline().strip())
    except OSError:
        return False


def run_build(
    input_dir: Path,
    output_dir: Path,
    progress: Progress | None = None,
    *,
    allow_empty: bool = False,
    within_document: Callable[[str, int, int], None] | None = None,
    on_wait: Callable[[str], None] | None = None,
) -> BuildSummary:
    """Build every output from ``input_dir`` into ``output_dir``; see module docstring.

    The folder is locked for the whole build, so concurrent builds run one after the other.
    A build with no document does not replace one that has documents unless
    ``allow_empty``: an emptied or unreadable input folder must not silently wipe the data.
    """
    entries = list_entries(input_dir)
    total = len(entries)
    summary = BuildSummary()
    curated, bad_manifest = load_manifest(input_dir)
    indexed, bad_indexes = load_indexes(input_dir)
    summary.skipped += [s for s in (bad_manifest, *bad_indexes) if s is not None]
    inputs: dict[str, str] = side_inputs(input_dir)
    built: set[str] = set()
    with export.lock_folder(output_dir, on_wait), export.CsvSet(output_dir) as out:

        def publish(rows: dict[str, Sequence[tuple[object, ...]]], words: int) -> None:
            for name, file_rows in rows.items():
                out.write(name, file_rows)
            summary.documents += 1
            summary.words += words
            summary.statements += len(rows["statements.csv"])
            summary.unresolved += len(rows["unresolved.csv"])
            summary.states.update(
                str(r[3]) for r in rows["participants.csv"] if r[2] == "state" and r[3]
            )
            summary.measures.update(str(r[7]) for r in rows["measures.csv"])

        speeches: list[tuple[Document, gd.Speech, gd.IndexedSpeech | None]] = []

        def publish_result(result_: DocumentResult) -> None:
            seg = result_.segmentation
            document = result_.document
            if not seg.statements and not seg.participants and not seg.unresolved:
                summary.skipped.append(SkippedFile(document.source_file, "no statements found"))
                return
            publish(rows_for(result_), len(document.text.split()))
            built.add(document.doc_id)

        def flush_speeches() -> None:
            """Tag the waiting speeches together; their rows keep the input order."""
            for result_ in process_speeches(speeches):
                publish_result(result_)
            speeches.clear()

        for index, result in enumerate(read_entries(entries), start=1):
            inputs[result.name] = result.fingerprint
            item = result.item
            if progress:
                progress(index, total, item.source_file)
            if isinstance(item, SkippedFile):
                summary.skipped.append(item)
                continue
            document = item
            speech = gd.parse_name(document.source_file.rsplit("/", 1)[-1])
            if speech is not None:
                speeches.append((document, speech, indexed.get(document.doc_id)))
                if sum(len(d.text) for d, _s, _i in speeches) >= SPEECH_BATCH_CHARS:
                    flush_speeches()
                continue
            flush_speeches()
            on_piece = None
            if within_document is not None:
                name = document.source_file

                def on_piece(done: int, size: int, name: str = name) -> None:
                    within_document(name, done, size)

            publish_result(
                process_document(
                    document,
                    on_piece,
                    curated=curated.get(document.doc_id),
                    indexed=indexed.get(document.doc_id),
                )
            )
        flush_speeches()
        for doc_id, listed in indexed.items():  # spoke, but no excerpt was kept
            if doc_id not in built and not listed.extract_file:
                publish(speech_rows(listed), 0)
        if summary.documents == 0 and not allow_empty and _has_documents(out.folder):
            why = f"all {total} input files were skipped" if total else "it has no input files"
            raise EmptyBuildError(
                f"{input_dir} gave no document ({why}); the build in {output_dir} was kept "
                "(pass --allow-empty to replace it with empty tables)"
            )
        out.add_file(
            BUILD_INFO, (json.dumps(_info(inputs), indent=2, sort_keys=True) + "\n").encode("utf-8")
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


LONG_DOCUMENT = 1_000_000  # characters: below this a document takes seconds, no detail shown


def stderr_document_progress(name: str, done: int, size: int) -> None:
    """Percentages inside a long document, one line per tenth of it."""
    if size < LONG_DOCUMENT:
        return
    tenth = done * 10 // size
    if _printed_tenth.get(name) == tenth:
        return
    _printed_tenth[name] = tenth
    sys.stderr.write(f"  {name}: {tenth * 10}% of {size:,} characters tagged\n")
    sys.stderr.flush()


_printed_tenth: dict[str, int] = {}
