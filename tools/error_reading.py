"""Read a scored split's errors, check a rule change against all real gold, and split a
figure by kind of source.

Why this exists: after each first run the errors are read by class, and every candidate fix
is checked against all real gold files for the predictions it makes worse. The scripts for
that lived in scratch space and were lost more than once; one of them, the keyword test that
splits a figure into governments' pages and international bodies' texts, produces figures
the README publishes, so it belongs beside them where anyone can rerun it.

    python tools/error_reading.py errors tests/gold/real/real_test97.jsonl [--category C]
        [--kind fp|fn|status] [--text]
    python tools/error_reading.py predict OUT.json          # every real gold file, per item
    python tools/error_reading.py diff BEFORE.json AFTER.json
    python tools/error_reading.py by-kind tests/gold/real/real_test97.jsonl

``predict`` before and after a change, then ``diff``: "+" marks an item the change made
right (or less wrong), "-" one it made worse, "~" one that changed and stays as wrong.
Each gold item and prediction is one label per category and passage, the most advanced
status winning, as the scorer counts them (pipeline/evaluate.py).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

sys.path.insert(0, str(ROOT / "tools"))

from real_gold import CATEGORIES  # noqa: E402

from pipeline.evaluate import single_text_item  # noqa: E402
from pipeline.tag import STATUS_RANK  # noqa: E402

REAL = ROOT / "tests" / "gold" / "real"

# The keyword test on a page's description (``source.doc``) that sorts a passage into an
# international body's text or a government's page or news. Approximate by design: it reads
# the collector's one-line description, not the page. It puts 182 and 29 of test #96's
# passages where the figures published at stop 42 did, and 788 and 211 of test #95's where
# those put 794 and 205.
INTERNATIONAL_BODY = re.compile(
    r"\b(committee|ilo|ceacr|cedaw|crc|cerd|cescr|ccpr|upr|universal periodic|greta|"
    r"special rapporteur|rapporteur|osce|iom|unodc|unicef|concluding|observations|treaty|"
    r"human rights council|council of europe|ohchr|united nations|un |list of issues|"
    r"working group|direct request|observation|ilo.s|international labour)",
    re.IGNORECASE,
)

Labels = dict[str, tuple[str, str]]  # category -> (status, evidence)


def source_kind(record: dict) -> str:
    """ "bodies" for an international body's text on one State, else "governments"."""
    doc = str(record.get("source", {}).get("doc", ""))
    return "bodies" if INTERNATIONAL_BODY.search(doc) else "governments"


def _best(labels: Iterable[tuple[str, str, str]]) -> Labels:
    """One label per category: the most advanced status wins (codebook §3)."""
    best: Labels = {}
    for category, status, evidence in labels:
        if category not in best or STATUS_RANK[status] > STATUS_RANK[best[category][0]]:
            best[category] = (status, evidence)
    return best


def read_gold(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def predictions(records: list[dict]) -> Iterator[Labels]:
    """The tagger's labels for each gold record, tagged as ``pipeline evaluate`` tags it."""
    from pipeline.build import explain_texts

    items = [single_text_item(record)[0] for record in records]
    for measures, _why in explain_texts(items):
        yield _best((m.category, m.status, m.evidence) for m in measures)


def gold_labels(record: dict) -> Labels:
    return _best((m["category"], m["status"], m.get("evidence", "")) for m in record["measures"])


def compare(gold: Labels, predicted: Labels) -> Iterator[tuple[str, str]]:
    """(category, kind) for each error: "fp", "fn" or "status"."""
    for category in sorted(set(gold) | set(predicted)):
        if category not in predicted:
            yield category, "fn"
        elif category not in gold:
            yield category, "fp"
        elif gold[category][0] != predicted[category][0]:
            yield category, "status"


def errors(path: Path, category: str | None, kind: str | None, text: bool) -> list[str]:
    records = read_gold(path)
    out = []
    for record, predicted in zip(records, predictions(records), strict=True):
        gold = gold_labels(record)
        for cat, found in compare(gold, predicted):
            if (category and cat != category) or (kind and found != kind):
                continue
            doc = str(record.get("source", {}).get("doc", ""))[:100]
            out.append(
                f"=== {record['id']} {cat} {found} gold={gold.get(cat, ('-',))[0]} "
                f"predicted={predicted.get(cat, ('-',))[0]} | {doc}"
            )
            if cat in gold:
                out.append(f"  gold evidence: {gold[cat][1][:400]}")
            if cat in predicted:
                out.append(f"  predicted evidence: {predicted[cat][1][:400]}")
            if text:
                out.append("  text: " + " | ".join(record["text"].split("\n"))[:3000])
    return out


def predict_all(files: list[Path]) -> tuple[dict[str, list[str]], dict[str, int]]:
    """Every item of every file: "file|id|category" -> [gold status, predicted status]."""
    items: dict[str, list[str]] = {}
    totals = {"tp": 0, "fp": 0, "fn": 0, "status": 0}
    for path in files:
        records = read_gold(path)
        for record, predicted in zip(records, predictions(records), strict=True):
            gold = gold_labels(record)
            for category in set(gold) | set(predicted):
                g = gold.get(category, ("",))[0]
                p = predicted.get(category, ("",))[0]
                items[f"{path.name}|{record['id']}|{category}"] = [g, p]
                if g and p:
                    totals["tp"] += 1
                    totals["status"] += g == p
                else:
                    totals["fp" if p else "fn"] += 1
    return items, totals


def _score(pair: list[str]) -> int:
    gold, predicted = pair
    if gold and predicted:
        return 2 if gold == predicted else 1
    return 2 if not gold and not predicted else 0


def diff(before: dict[str, list[str]], after: dict[str, list[str]]) -> list[str]:
    out = []
    for key in sorted(set(before) | set(after)):
        gold = (before.get(key) or after.get(key) or ["", ""])[0]
        old = before.get(key, [gold, ""])
        new = after.get(key, [gold, ""])
        if old == new:
            continue
        mark = "+" if _score(new) > _score(old) else "-" if _score(new) < _score(old) else "~"
        out.append(f"{mark} {key} gold {gold or '-'} predicted {old[1] or '-'} -> {new[1] or '-'}")
    return out


def by_kind(path: Path) -> list[str]:
    records = read_gold(path)
    counts: dict[str, list[int]] = {}
    for record, predicted in zip(records, predictions(records), strict=True):
        gold = set(gold_labels(record))
        found = set(predicted)
        row = counts.setdefault(source_kind(record), [0, 0, 0, 0])
        row[0] += 1
        row[1] += len(gold & found)
        row[2] += len(found - gold)
        row[3] += len(gold - found)
    out = []
    for kind, (passages, tp, fp, fn) in sorted(counts.items()):
        f1 = 2 * tp / (2 * tp + fp + fn) if tp or fp or fn else 0.0
        out.append(f"{kind}: {passages} passages, TP {tp} FP {fp} FN {fn}, F1 {f1:.3f}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    one = sub.add_parser("errors")
    one.add_argument("gold", type=Path)
    one.add_argument("--category", choices=CATEGORIES)
    one.add_argument("--kind", choices=("fp", "fn", "status"))
    one.add_argument("--text", action="store_true", help="print each passage's text too")
    every = sub.add_parser("predict")
    every.add_argument("output", type=Path)
    every.add_argument("--gold", type=Path, nargs="*", help="default: every real gold file")
    compared = sub.add_parser("diff")
    compared.add_argument("before", type=Path)
    compared.add_argument("after", type=Path)
    kinds = sub.add_parser("by-kind")
    kinds.add_argument("gold", type=Path)
    args = parser.parse_args(argv)
    try:
        if args.command == "errors":
            print("\n".join(errors(args.gold, args.category, args.kind, args.text)))
        elif args.command == "predict":
            files = args.gold or sorted(REAL.glob("real_*.jsonl"))
            items, totals = predict_all(files)
            args.output.write_text(json.dumps(items, sort_keys=True) + "\n", encoding="utf-8")
            print(
                f"{len(files)} files: TP {totals['tp']} FP {totals['fp']} FN {totals['fn']} "
                f"status {totals['status']}"
            )
        elif args.command == "diff":
            before = json.loads(args.before.read_text(encoding="utf-8"))
            after = json.loads(args.after.read_text(encoding="utf-8"))
            print("\n".join(diff(before, after)))
        else:
            print("\n".join(by_kind(args.gold)))
    except (OSError, ValueError, KeyError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
