"""Two independent annotations of the meetings coverage pages -> build gold, with agreement.

Why: the meetings pages (tools/meetings_passages.py) are scored the way the product runs,
by ``build`` (segment, resolve, tag) and a build gold (``doc_id,entity,category,status``),
so the figure includes who spoke. Each annotator lists, per page, every measure a speaker
reports as its own (entity as the page names it). Steps, reproducible from committed files:

    python tools/meetings_gold.py agreement      # A vs B per split -> agreement.json
    python tools/meetings_gold.py disagreements  # what an adjudicator must decide
    python tools/meetings_gold.py merge          # agreed + adjudicated -> meetings_<split>.csv

Units are (page, entity, category) with the most advanced status; entities are written as
the pipeline names them (through its resolver), so "Viet Nam's delegate" and "Viet Nam"
are one. Agreement is F1 of one annotator against the other and status agreement on the
units both labelled; Cohen's kappa is over every page x entity either annotator named x
category (the entities nobody named are not counted, so it is a conservative figure).
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from pathlib import Path

from pipeline.resolve import resolve
from pipeline.segment import vocabulary
from pipeline.vocabulary import status_rank

MEETINGS = Path(__file__).resolve().parent.parent / "tests" / "gold" / "real" / "meetings"
CATEGORIES = ("legislation", "shelters", "referral_mechanism", "action_plan", "tech_partnership")
RANK = status_rank()
Unit = tuple[str, str, str]  # (page, entity, category)
Labels = dict[Unit, dict[str, str]]


def canonical(entity: str) -> str:
    """The entity as the pipeline names it: through its resolver, else through the role
    references it reads from segmenting.json ("UN Secretary-General" -> United Nations)."""
    found = resolve(entity)
    if found is not None:
        return found.name
    name = entity.strip()
    bare = re.sub(r"^(?:the\s+)?(?:UN|United Nations)\s+", "", name, flags=re.IGNORECASE)
    for cue, owner in vocabulary().role_references:
        if bare.lower() in (cue.lower(), cue.lower().removeprefix("the ")):
            return owner
    return name


def read_jsonl(path: Path) -> list[dict[str, object]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def pages() -> dict[str, str]:
    """Page file name -> split, as tools/meetings_passages.py decided before reading."""
    sources = json.loads((MEETINGS / "sources.json").read_text(encoding="utf-8"))
    return {name: str(v["split"]) for name, v in sources["documents"].items()}


def labels_of(path: Path) -> Labels:
    out: Labels = {}
    for record in read_jsonl(path):
        for m in record["measures"]:  # type: ignore[attr-defined]
            unit = (str(record["doc"]), canonical(m["entity"]), m["category"])
            current = out.get(unit)
            if current is None or RANK[m["status"]] > RANK[current["status"]]:
                out[unit] = {"status": m["status"], "evidence": m.get("evidence", "")}
    return out


def agreement(a: Labels, b: Labels, docs: set[str]) -> dict[str, object]:
    result: dict[str, object] = {"pages": len(docs)}
    pairs = {(d, e) for d, e, _c in (*a, *b) if d in docs}
    for category in (None, *CATEGORIES):
        pa = {u for u in a if u[0] in docs and (category is None or u[2] == category)}
        pb = {u for u in b if u[0] in docs and (category is None or u[2] == category)}
        both = pa & pb
        n = len(pairs) * (len(CATEGORIES) if category is None else 1)
        kappa = None
        if n:
            agree = n - len(pa ^ pb)
            ya, yb = len(pa) / n, len(pb) / n
            expected = ya * yb + (1 - ya) * (1 - yb)
            kappa = round((agree / n - expected) / (1 - expected), 4) if expected < 1 else 1.0
        same = sum(a[u]["status"] == b[u]["status"] for u in both)
        result[category or "overall"] = {
            "annotator_a": len(pa),
            "annotator_b": len(pb),
            "both": len(both),
            "f1": round(2 * len(both) / (len(pa) + len(pb)), 4) if pa or pb else None,
            "kappa": kappa,
            "status_agreement": f"{same}/{len(both)}",
        }
    return result


def adjudicated() -> dict[Unit, dict[str, str] | None]:
    path = MEETINGS / "adjudicated.jsonl"
    decided: dict[Unit, dict[str, str] | None] = {}
    for record in read_jsonl(path) if path.exists() else []:
        unit = (str(record["doc"]), canonical(str(record["entity"])), str(record["category"]))
        status = record["status"]
        decided[unit] = (
            None
            if status is None
            else {"status": str(status), "evidence": str(record.get("evidence", ""))}
        )
    return decided


def load() -> tuple[dict[str, str], Labels, Labels]:
    return (
        pages(),
        labels_of(MEETINGS / "annotator_a.jsonl"),
        labels_of(MEETINGS / "annotator_b.jsonl"),
    )


def cmd_agreement() -> int:
    split_of, a, b = load()
    report = {
        split: agreement(a, b, {d for d, s in split_of.items() if s == split})
        for split in ("dev", "test")
    }
    report["all"] = agreement(a, b, set(split_of))
    (MEETINGS / "agreement.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(report["all"]))
    return 0


def cmd_disagreements() -> int:
    split_of, a, b = load()
    decided = adjudicated()
    out = []
    for unit in sorted(set(a) | set(b)):
        la, lb = a.get(unit), b.get(unit)
        if (la and lb and la["status"] == lb["status"]) or unit in decided:
            continue
        out.append(
            {
                "doc": unit[0],
                "split": split_of[unit[0]],
                "entity": unit[1],
                "category": unit[2],
                "annotator_1": la,
                "annotator_2": lb,
            }
        )
    path = MEETINGS / "disagreements.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for record in out:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{len(out)} units -> {path}")
    return 0


def cmd_merge() -> int:
    split_of, a, b = load()
    decided = adjudicated()
    for split in ("dev", "test"):
        docs = sorted(d for d, s in split_of.items() if s == split)
        rows: list[list[str]] = []
        for doc in docs:
            doc_id = doc.rsplit(".", 1)[0]
            units = sorted({u for u in (*a, *b) if u[0] == doc} | {u for u in decided if u[0] == doc})
            kept = 0
            for unit in units:
                la, lb = a.get(unit), b.get(unit)
                if unit in decided:
                    final = decided[unit]
                elif la and lb and la["status"] == lb["status"]:
                    final = la
                else:
                    print(f"error: {unit}: disagreement not adjudicated", file=sys.stderr)
                    return 2
                if final is not None:
                    rows.append([doc_id, unit[1], unit[2], final["status"], final["evidence"]])
                    kept += 1
            if not kept:
                rows.append([doc_id, "", "", "", "no speaker reports a measure of its own"])
        path = MEETINGS / f"meetings_{split}.csv"
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\n")
            writer.writerow(["doc_id", "entity", "category", "status", "note"])
            writer.writerows(rows)
        print(f"wrote {path} ({len(docs)} pages)")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("agreement", "disagreements", "merge"))
    args = parser.parse_args(argv)
    return {"agreement": cmd_agreement, "disagreements": cmd_disagreements, "merge": cmd_merge}[
        args.command
    ]()


if __name__ == "__main__":
    raise SystemExit(main())
