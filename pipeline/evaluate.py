"""Evaluation: precision, recall and F1 of a build against hand-labelled gold.

Two gold formats:

- a build gold (CSV, UTF-8, header required): ``doc_id,entity,category,status[,note]`` — one
  row per measure category that an entity reports in a document (codebook §3). Everything
  not listed is a gold negative, so the file must cover every document it names; it is
  compared with ``measures.csv`` of a build;
- a single-text gold (JSON lines, ``.jsonl``): ``{"id", "text", "on_trafficking",
  "measures": [{"category", "status"}], "note"}`` — each text is tagged as one statement
  (codebook §6) and compared with its labels; no build is needed.

A prediction is the set of (doc_id, entity, category) in ``measures.csv``, with the most
advanced status when an entity makes several statements in one document. Category
agreement gives precision/recall/F1; status agreement is reported over the matches.
"""

from __future__ import annotations

import csv
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.export import OutputError, lock_folder, write_bytes_atomic
from pipeline.read import InputError
from pipeline.tag import STATUS_RANK, Speaker, load_categories

GOLD_COLUMNS = ("doc_id", "entity", "category", "status")
Key = tuple[str, str, str]


@dataclass(slots=True)
class Scores:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass(slots=True)
class Report:
    per_category: dict[str, Scores] = field(default_factory=dict)
    overall: Scores = field(default_factory=Scores)
    status_agree: int = 0
    status_total: int = 0
    disagreements: list[dict[str, str]] = field(default_factory=list)


GOLD_OPTIONAL = ("note",)


def _read_csv(
    path: Path, required: tuple[str, ...], allowed: tuple[str, ...] | None = None
) -> list[dict[str, str]]:
    """Rows of a CSV with the ``required`` columns; with ``allowed``, any other column is
    refused (a misspelt column would otherwise be ignored and change nothing visibly)."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            columns = reader.fieldnames or []
            missing = [c for c in required if c not in columns]
            if missing:
                raise InputError(f"{path}: missing column(s) {', '.join(missing)}")
            unknown = [c for c in columns if allowed is not None and c not in allowed]
            if unknown:
                raise InputError(
                    f"{path}: unknown column(s) {', '.join(map(repr, unknown))} "
                    f"(allowed: {', '.join(allowed or ())})"
                )
            rows = []
            for row in reader:
                if None in row or any(v is None for v in row.values()):
                    raise InputError(
                        f"{path}:{reader.line_num}: {len(columns)} fields expected, got a "
                        f"different number"
                    )
                rows.append(row)
            return rows
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    except (UnicodeDecodeError, csv.Error) as exc:
        raise InputError(f"{path}: not a UTF-8 CSV ({exc})") from exc


def _refuse_duplicates(rows: list[dict[str, str]], where: Path) -> None:
    """Gold lists each (document, entity, category) once: a second row with another status
    would be merged silently, and which one the annotator meant is not ours to guess."""
    first: dict[Key, int] = {}
    for number, row in enumerate(rows, start=2):
        key = (row["doc_id"], row["entity"], row["category"])
        if key in first:
            raise InputError(
                f"{where}:{number}: duplicate gold row for {' / '.join(key)} (first at line "
                f"{first[key]})"
            )
        first[key] = number


def _scope_only(row: dict[str, str]) -> bool:
    """A gold row naming only a document: it is scored, and nothing is expected in it.

    A build gold scores the documents it names and no other, because a build folder may
    hold documents nobody labelled (the General Debate extract beside the seeds)."""
    return bool(row["doc_id"]) and not (row["entity"] or row["category"] or row["status"])


def _best(rows: list[dict[str, str]], where: Path) -> dict[Key, str]:
    known = {c.key for c in load_categories()}
    out: dict[Key, str] = {}
    for number, row in enumerate(rows, start=2):
        if row["category"] not in known:
            raise InputError(f"{where}:{number}: unknown category {row['category']!r}")
        if row["status"] not in STATUS_RANK:
            raise InputError(f"{where}:{number}: unknown status {row['status']!r}")
        key = (row["doc_id"], row["entity"], row["category"])
        if key not in out or STATUS_RANK[row["status"]] > STATUS_RANK[out[key]]:
            out[key] = row["status"]
    return out


def _single_text_gold(path: Path) -> tuple[dict[Key, str], dict[Key, str]]:
    from pipeline.build import explain_texts
    from pipeline.strict import DataFileError, check_record, iter_jsonl

    known = {c.key for c in load_categories()}
    try:
        records = []
        first_line: dict[str, str] = {}
        for where, record in iter_jsonl(path):
            check_record(
                record,
                where=where,
                required={"id": str, "text": str, "on_trafficking": bool, "measures": list},
                optional={"note": str, "speaker": str, "source": dict},
            )
            if record["id"] in first_line:
                raise DataFileError(
                    f"{where}: duplicate id {record['id']!r} (first at line "
                    f"{first_line[record['id']].rsplit(':', 1)[-1]})"
                )
            first_line[record["id"]] = where
            for i, measure in enumerate(record["measures"]):
                at = f"{where}: measures[{i}]"
                check_record(
                    measure,
                    where=at,
                    required={"category": str, "status": str},
                    optional={"evidence": str},
                )
                if measure["category"] not in known:
                    raise DataFileError(f"{at}: unknown category {measure['category']!r}")
                if measure["status"] not in STATUS_RANK:
                    raise DataFileError(f"{at}: unknown status {measure['status']!r}")
            records.append(record)
    except DataFileError as exc:
        raise InputError(str(exc)) from exc
    if not records:
        raise InputError(f"{path}: no gold record (an empty gold set cannot be scored)")
    gold_rows, predicted_rows = [], []
    items = []
    for record in records:
        for m in record["measures"]:
            gold_rows.append(
                {
                    "doc_id": record["id"],
                    "entity": "",
                    "category": m["category"],
                    "status": m["status"],
                }
            )
        item, unresolved = single_text_item(record)
        if unresolved:  # reported, then tagged as a text with no known speaker (§6)
            print(
                f"warning: {path}: {record['id']}: speaker {unresolved!r} does not "
                "resolve to a State or organization",
                file=sys.stderr,
            )
        items.append(item)
    for record, (measures, _why) in zip(records, explain_texts(items), strict=True):
        for m in measures:
            predicted_rows.append(
                {"doc_id": record["id"], "entity": "", "category": m.category, "status": m.status}
            )
    return _best(gold_rows, path), _best(predicted_rows, path)


def single_text_item(record: dict) -> tuple[tuple[str, Speaker, bool, int], str | None]:
    """What the tagger is given for one single-text gold record, as `tag --jsonl` gives it
    (text, speaker, topic tie, offset), and the record's speaker name when it does not
    resolve (then the text is tagged with no known speaker, §6). Shared with the tools that
    read a split's errors, so that they tag exactly what is scored."""
    from pipeline.build import speaker_named

    speaker = Speaker(kind="text")
    unresolved = None
    if record.get("speaker"):
        named = speaker_named(record["speaker"], record["text"])
        if named is None:
            unresolved = record["speaker"]
        speaker = named or speaker
    return (record["text"], speaker, record["on_trafficking"], 0), unresolved


def evaluate(gold_path: Path, build_dir: Path) -> Report:
    if gold_path.suffix == ".jsonl":
        gold, predicted = _single_text_gold(gold_path)
    else:
        gold_rows = _read_csv(gold_path, GOLD_COLUMNS, (*GOLD_COLUMNS, *GOLD_OPTIONAL))
        if not gold_rows:
            raise InputError(f"{gold_path}: no gold row (an empty gold set cannot be scored)")
        _refuse_duplicates(gold_rows, gold_path)
        scope = {row["doc_id"] for row in gold_rows}
        gold = _best([r for r in gold_rows if not _scope_only(r)], gold_path)
        measures = build_dir / "measures.csv"
        predicted = {
            key: status
            for key, status in _best(_read_csv(measures, GOLD_COLUMNS), measures).items()
            if key[0] in scope
        }
    report = Report(per_category={c.key: Scores() for c in load_categories()})
    for key in sorted(set(gold) | set(predicted)):
        doc_id, entity, category = key
        scores = report.per_category[category]
        if key in gold and key in predicted:
            scores.tp += 1
            report.status_total += 1
            if gold[key] == predicted[key]:
                report.status_agree += 1
            else:
                report.disagreements.append(
                    {
                        "doc_id": doc_id,
                        "entity": entity,
                        "category": category,
                        "kind": "status",
                        "gold": gold[key],
                        "predicted": predicted[key],
                    }
                )
        elif key in predicted:
            scores.fp += 1
            report.disagreements.append(
                {
                    "doc_id": doc_id,
                    "entity": entity,
                    "category": category,
                    "kind": "false positive",
                    "gold": "",
                    "predicted": predicted[key],
                }
            )
        else:
            scores.fn += 1
            report.disagreements.append(
                {
                    "doc_id": doc_id,
                    "entity": entity,
                    "category": category,
                    "kind": "false negative",
                    "gold": gold[key],
                    "predicted": "",
                }
            )
    for scores in report.per_category.values():
        report.overall.tp += scores.tp
        report.overall.fp += scores.fp
        report.overall.fn += scores.fn
    return report


def report_dict(report: Report) -> dict[str, object]:
    return {
        "per_category": {k: v.as_dict() for k, v in report.per_category.items()},
        "overall": report.overall.as_dict(),
        "status_accuracy": round(report.status_agree / report.status_total, 4)
        if report.status_total
        else None,
        "status_matches": report.status_total,
        "disagreements": report.disagreements,
    }


def format_report(report: Report) -> str:
    lines = [f"{'category':<20}{'P':>7}{'R':>7}{'F1':>7}{'TP':>5}{'FP':>5}{'FN':>5}"]
    for key, s in [*report.per_category.items(), ("overall", report.overall)]:
        if s.tp + s.fp + s.fn == 0:  # no instance either way: no figure, not a perfect one
            lines.append(f"{key:<20}{'n/a':>7}{'n/a':>7}{'n/a':>7}{0:>5}{0:>5}{0:>5}")
            continue
        lines.append(
            f"{key:<20}{s.precision:>7.3f}{s.recall:>7.3f}{s.f1:>7.3f}{s.tp:>5}{s.fp:>5}{s.fn:>5}"
        )
    if report.status_total:
        lines.append(f"status agreement on matches: {report.status_agree}/{report.status_total}")
    lines.append(f"disagreements: {len(report.disagreements)}")
    for d in report.disagreements:
        lines.append(
            f"  {d['kind']:<15} {d['doc_id']} | {d['entity']} | {d['category']} | "
            f"gold={d['gold'] or '-'} predicted={d['predicted'] or '-'}"
        )
    return "\n".join(lines)


def report_path(gold_path: Path, build_dir: Path) -> Path:
    """One figures file per gold set, so the dashboard can show each next to the others."""
    return build_dir / f"evaluation-{gold_path.stem}.json"


def write_report(report: Report, gold_path: Path, build_dir: Path) -> Path:
    data = report_dict(report)
    data["gold"] = gold_path.name
    path = report_path(gold_path, build_dir)
    try:
        # under the build lock: a build publishing meanwhile would not carry this file over
        with lock_folder(build_dir):
            write_bytes_atomic(path, (json.dumps(data, indent=2, sort_keys=True) + "\n").encode())
    except OSError as exc:
        raise OutputError(f"cannot write {path} ({exc.strerror or exc})") from exc
    return path
