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

REAL = Path(__file__).resolve().parent.parent / "tests" / "gold" / "real"
MEETINGS = REAL / "meetings"  # --folder geneva points the commands at another batch
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
        if split in split_of.values()
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
        if not docs:
            continue  # a batch that is all test has no dev gold
        rows: list[list[str]] = []
        for doc in docs:
            doc_id = doc.rsplit(".", 1)[0]
            units = sorted(
                {u for u in (*a, *b) if u[0] == doc} | {u for u in decided if u[0] == doc}
            )
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


# --------------------------------------------------------------------------- who spoke
#
# A second, independent labelling of the same pages: every State or observer that makes a
# statement with content (codebook §1, §7). Scored as (page, State) pairs, because the map
# and the country profiles stand on them; organizations and offices are named too loosely
# across pages ("UNODC", "the Executive Director of …") to score by name, and are counted.

SPEAKER_KINDS = ("state", "observer")


def speakers_of(path: Path) -> dict[str, set[str]]:
    """Page -> the States and observers an annotator found speaking (pipeline names)."""
    out: dict[str, set[str]] = {}
    for record in read_jsonl(path):
        names = out.setdefault(str(record["doc"]), set())
        for sp in record["speakers"]:  # type: ignore[attr-defined]
            if sp["kind"] in SPEAKER_KINDS:
                names.add(canonical(sp["name"]))
    return out


def pair_scores(gold: set[tuple[str, str]], found: set[tuple[str, str]]) -> dict[str, object]:
    tp = len(gold & found)
    p = tp / len(found) if found else 1.0
    r = tp / len(gold) if gold else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "gold": len(gold),
        "found": len(found),
        "tp": tp,
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(f1, 4),
        "missed": sorted(f"{d} | {e}" for d, e in gold - found),
        "extra": sorted(f"{d} | {e}" for d, e in found - gold),
    }


def cmd_speakers() -> int:
    """Agreement of the two speaker annotations, and the speaker gold (agreed pairs plus
    adjudicated ones) as speakers_<split>.csv."""
    split_of = pages()
    a = speakers_of(MEETINGS / "speakers_a.jsonl")
    b = speakers_of(MEETINGS / "speakers_b.jsonl")
    decided: dict[tuple[str, str], bool] = {}
    path = MEETINGS / "speakers_adjudicated.jsonl"
    for record in read_jsonl(path) if path.exists() else []:
        decided[(str(record["doc"]), canonical(str(record["name"])))] = bool(record["speaks"])
    report: dict[str, object] = {}
    for split in ("dev", "test", "all"):
        docs = {d for d, s in split_of.items() if split in ("all", s)}
        pa = {(d, e) for d in docs for e in a.get(d, set())}
        pb = {(d, e) for d in docs for e in b.get(d, set())}
        agreed = pa & pb
        report[split] = {
            "pages": len(docs),
            "annotator_a": len(pa),
            "annotator_b": len(pb),
            "both": len(agreed),
            "f1": round(2 * len(agreed) / (len(pa) + len(pb)), 4) if pa or pb else None,
            "to_adjudicate": len((pa ^ pb) - set(decided)),
        }
        if split == "all":
            continue
        gold = agreed | {u for u in pa ^ pb if decided.get(u)}
        with (MEETINGS / f"speakers_{split}.csv").open("w", encoding="utf-8", newline="") as out:
            writer = csv.writer(out, lineterminator="\n")
            writer.writerow(["doc_id", "entity"])
            writer.writerows(sorted((d.rsplit(".", 1)[0], e) for d, e in gold))
    (MEETINGS / "speakers_agreement.json").write_text(
        json.dumps(report, indent=2) + "\n", encoding="utf-8"
    )
    pairs_a = {(d, e) for d, names in a.items() for e in names}
    pairs_b = {(d, e) for d, names in b.items() for e in names}
    undecided = [
        {"doc": d, "split": split_of[d], "name": e, "annotator_1": (d, e) in pairs_a}
        for d, e in sorted((pairs_a ^ pairs_b) - set(decided))
    ]
    with (MEETINGS / "speakers_disagreements.jsonl").open("w", encoding="utf-8") as out:
        for record in undecided:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(json.dumps(report))
    return 0


def cmd_score_speakers(split: str, build_dir: Path) -> int:
    """States and observers the pipeline found speaking (statements.csv) against the gold."""
    gold = {
        (r["doc_id"], r["entity"])
        for r in csv.DictReader((MEETINGS / f"speakers_{split}.csv").open(encoding="utf-8"))
    }
    docs = {d.rsplit(".", 1)[0] for d, s in pages().items() if s == split}
    found = {
        (r["doc_id"], r["entity"])
        for r in csv.DictReader((build_dir / "statements.csv").open(encoding="utf-8"))
        if r["entity_kind"] in SPEAKER_KINDS and r["doc_id"] in docs
    }
    scores = pair_scores(gold, found)
    out = build_dir / f"speakers-evaluation-{split}.json"
    out.write_text(json.dumps(scores, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps({k: v for k, v in scores.items() if k not in ("missed", "extra")}))
    for line in scores["missed"]:  # type: ignore[attr-defined]
        print("  missed", line)
    for line in scores["extra"]:  # type: ignore[attr-defined]
        print("  extra ", line)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "command", choices=("agreement", "disagreements", "merge", "speakers", "score-speakers")
    )
    parser.add_argument("--split", choices=("dev", "test"), default="dev")
    parser.add_argument("--build", type=Path, help="a build folder (score-speakers)")
    parser.add_argument("--folder", default="meetings", help="the batch under tests/gold/real")
    args = parser.parse_args(argv)
    global MEETINGS
    MEETINGS = REAL / args.folder
    if args.command == "score-speakers":
        if args.build is None:
            parser.error("score-speakers needs --build")
        return cmd_score_speakers(args.split, args.build)
    return {
        "agreement": cmd_agreement,
        "disagreements": cmd_disagreements,
        "merge": cmd_merge,
        "speakers": cmd_speakers,
    }[args.command]()


if __name__ == "__main__":
    raise SystemExit(main())
