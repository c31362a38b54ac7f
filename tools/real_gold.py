"""Turn two independent annotations of the real passages into gold, with agreement figures.

Why: the real-text gold must say how far two people reading the codebook agree before it
is used to judge the tagger (issue #6). Steps, each reproducible from the committed files:

    python tools/real_gold.py agreement      # A vs B, per split and category -> agreement.json
    python tools/real_gold.py disagreements  # the items an adjudicator must decide -> .jsonl
    python tools/real_gold.py merge          # agreed + adjudicated -> real_dev/real_test.jsonl

``--folder tip`` runs the same steps on a batch kept in its own folder (the US TIP Report
narratives, ``tools/tip_passages.py``): its passages, annotations, agreement and
adjudications stay there, and its gold is ``real_test5.jsonl`` (all of it test).

Agreement is measured on (passage, category) pairs: F1 of one annotator against the other,
Cohen's kappa over every passage x category decision, and status agreement on the pairs
both labelled.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from pipeline.resolve import resolve, state_by_iso3
from pipeline.vocabulary import status_rank

REAL = Path(__file__).resolve().parent.parent / "tests" / "gold" / "real"
# The categories the annotators labelled (a record of the annotation, so a category added
# later does not change published agreement figures); statuses rank as the pipeline ranks.
CATEGORIES = ("legislation", "shelters", "referral_mechanism", "action_plan", "tech_partnership")
RANK = status_rank()
Labels = dict[str, dict[str, dict[str, str]]]  # passage id -> category -> measure
# Batches of passages by id (tools/real_passages.py). The first test split (batches 1-2) was
# scored once and is frozen; batch 3 was drawn after that and gives a second test split,
# batch 4 (paragraphs without the usual measure words, mostly negatives) a third, and
# batch 5 (General Debate 1990-1999 and over-long paragraphs; all of it test) a fourth.
BATCH_LAST_ID = {1: 644, 2: 793, 3: 1096, 4: 1778, 5: 2321}
GOLD_FILES = (
    ("real_dev", "dev", (1, 2, 3, 4)),
    ("real_test", "test", (1, 2)),
    ("real_test2", "test", (3,)),
    ("real_test3", "test", (4,)),
    ("real_test4", "test", (5,)),
)


# Batches kept in a folder of their own: folder name -> its gold files (no batch filter).
FOLDER_GOLD = {
    "tip": (("real_test5", "test", None),),
    "tip2": (("real_test6", "test", None),),
    "tip3": (("real_test7", "test", None),),
    "tip4": (("real_test8", "test", None),),
    "multi": (("real_test9", "test", None),),
    "multi2": (("real_test10", "test", None),),
    "multi3": (("real_test11", "test", None),),
    "multi4": (("real_test12", "test", None),),
    "multi5": (("real_test13", "test", None),),
    "multi6": (("real_test14", "test", None),),
    "multi7": (("real_test15", "test", None),),
    "multi8": (("real_test16", "test", None),),
    "multi9": (("real_test17", "test", None),),
    "multi10": (("real_test18", "test", None),),
    "multi11": (("real_test19", "test", None),),
    "multi12": (("real_test20", "test", None),),
    "multi13": (("real_test21", "test", None),),
    "multi14": (("real_test22", "test", None),),
    "multi15": (("real_test23", "test", None),),
    "multi16": (("real_test24", "test", None),),
    "multi17": (("real_test25", "test", None),),
    "multi18": (("real_test26", "test", None),),
    "multi19": (("real_test27", "test", None),),
    "multi20": (("real_test28", "test", None),),
    "multi21": (("real_test29", "test", None),),
    "multi22": (("real_test30", "test", None),),
    "multi23": (("real_test31", "test", None),),
    "multi24": (("real_test32", "test", None),),
    "multi25": (("real_test33", "test", None),),
    "multi26": (("real_test34", "test", None),),
    "multi27": (("real_test35", "test", None),),
    "multi28": (("real_test36", "test", None),),
    "multi29": (("real_test37", "test", None),),
    "multi30": (("real_test38", "test", None),),
    "multi31": (("real_test39", "test", None),),
    "multi32": (("real_test40", "test", None),),
    "multi33": (("real_test41", "test", None),),
    "multi34": (("real_test42", "test", None),),
    "multi35": (("real_test43", "test", None),),
    "multi36": (("real_test44", "test", None),),
    "multi37": (("real_test45", "test", None),),
    "multi38": (("real_test46", "test", None),),
    "multi39": (("real_test47", "test", None),),
    "multi40": (("real_test48", "test", None),),
    "multi41": (("real_test49", "test", None),),
    "multi42": (("real_test50", "test", None),),
    "multi43": (("real_test51", "test", None),),
    "multi44": (("real_test52", "test", None),),
    "multi45": (("real_test53", "test", None),),
    "multi46": (("real_test54", "test", None),),
    "multi47": (("real_test55", "test", None),),
    "multi48": (("real_test56", "test", None),),
    "multi49": (("real_test57", "test", None),),
    "multi50": (("real_test58", "test", None),),
    "multi51": (("real_test59", "test", None),),
    "multi52": (("real_test60", "test", None),),
    "multi53": (("real_test61", "test", None),),
    "multi54": (("real_test62", "test", None),),
    "multi55": (("real_test63", "test", None),),
    "multi56": (("real_test64", "test", None),),
    "multi57": (("real_test65", "test", None),),
    "multi58": (("real_test66", "test", None),),
    "multi59": (("real_test67", "test", None),),
    "multi60": (("real_test68", "test", None),),
    "multi61": (("real_test69", "test", None),),
    "multi62": (("real_test70", "test", None),),
    "multi63": (("real_test71", "test", None),),
    "multi64": (("real_test72", "test", None),),
    "multi66": (("real_test74", "test", None),),
    "multi67": (("real_test75", "test", None),),
    "multi68": (("real_test76", "test", None),),
    "multi69": (("real_test77", "test", None),),
    "multi70": (("real_test78", "test", None),),
    "multi71": (("real_test79", "test", None),),
    "multi72": (("real_test80", "test", None),),
    "multi73": (("real_test81", "test", None),),
    "multi74": (("real_test82", "test", None),),
    "multi75": (("real_test83", "test", None),),
    "multi76": (("real_test84", "test", None),),
    "multi77": (("real_test85", "test", None),),
    "multi78": (("real_test86", "test", None),),
    "multi79": (("real_test87", "test", None),),
    "multi80": (("real_test88", "test", None),),
    "multi81": (("real_test89", "test", None),),
    "multi82": (("real_test90", "test", None),),
    "multi83": (("real_test91", "test", None),),
    "multi84": (("real_test92", "test", None),),
    "multi85": (("real_test93", "test", None),),
    "multi86": (("real_test94", "test", None),),
    "multi87": (("real_test95", "test", None),),
    "multi88": (("real_test96", "test", None),),
    "multi89": (("real_test97", "test", None),),
    "multi90": (("real_test98", "test", None),),
    "multi91": (("real_test99", "test", None),),
    "multi92": (("real_test100", "test", None),),
    "multi93": (("real_test101", "test", None),),
    "multi94": (("real_test102", "test", None),),
    "multi95": (("real_test103", "test", None),),
    "multi96": (("real_test104", "test", None),),
    "multi97": (("real_test105", "test", None),),
    "multi98": (("real_test106", "test", None),),
    "multi99": (("real_test107", "test", None),),
    "multi100": (("real_test108", "test", None),),
    "multi101": (("real_test109", "test", None),),
    "multi102": (("real_test110", "test", None),),
    "multi103": (("real_test111", "test", None),),
    "multi104": (("real_test112", "test", None),),
    "multi105": (("real_test113", "test", None),),
    "multi106": (("real_test114", "test", None),),
    "multi107": (("real_test115", "test", None),),
    "multi108": (("real_test116", "test", None),),
    "multi109": (("real_test117", "test", None),),
    "multi110": (("real_test118", "test", None),),
}
FOLDER = REAL  # the folder the steps read and write (set by --folder)


def gold_files() -> tuple[tuple[str, str, tuple[int, ...] | None], ...]:
    return FOLDER_GOLD.get(FOLDER.name, GOLD_FILES)


def in_gold(passage: dict[str, object], split: str, batches: tuple[int, ...] | None) -> bool:
    if passage["split"] != split:
        return False
    return batches is None or batch_of(str(passage["id"])) in batches


def batch_of(passage_id: str) -> int:
    number = int(passage_id.lstrip("r"))
    return min(b for b, last in BATCH_LAST_ID.items() if number <= last)


def read_jsonl(path: Path) -> list[dict[str, object]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def labels_of(path: Path) -> Labels:
    """Per passage and category the most advanced status (codebook §3), with its evidence."""
    out: Labels = {}
    for record in read_jsonl(path):
        per: dict[str, dict[str, str]] = {}
        for m in record["measures"]:  # type: ignore[attr-defined]
            current = per.get(m["category"])
            if current is None or RANK[m["status"]] > RANK[current["status"]]:
                per[m["category"]] = {"status": m["status"], "evidence": m.get("evidence", "")}
        out[str(record["id"])] = per
    return out


def agreement(a: Labels, b: Labels, ids: list[str]) -> dict[str, object]:
    def pairs(labels: Labels, category: str | None) -> set[tuple[str, str]]:
        return {(i, c) for i in ids for c in labels.get(i, {}) if category is None or c == category}

    result: dict[str, object] = {"passages": len(ids)}
    for category in (None, *CATEGORIES):
        pa, pb = pairs(a, category), pairs(b, category)
        both = pa & pb
        n = len(ids) * (len(CATEGORIES) if category is None else 1)
        agree = n - len(pa ^ pb)
        pa_yes, pb_yes = len(pa) / n, len(pb) / n
        expected = pa_yes * pb_yes + (1 - pa_yes) * (1 - pb_yes)
        kappa = (agree / n - expected) / (1 - expected) if expected < 1 else 1.0
        same_status = sum(a[i][c]["status"] == b[i][c]["status"] for i, c in both)
        result[category or "overall"] = {
            "annotator_a": len(pa),
            "annotator_b": len(pb),
            "both": len(both),
            "f1": round(2 * len(both) / (len(pa) + len(pb)), 4) if pa or pb else None,
            "kappa": round(kappa, 4),
            "status_agreement": f"{same_status}/{len(both)}",
        }
    return result


def load_all() -> tuple[list[dict[str, object]], Labels, Labels]:
    """The passages to score, each distinct text once: the Factbook repeats an entry word for
    word in consecutive editions, and a repeat would count the same judgement twice."""
    seen: set[str] = set()
    passages = []
    for p in read_jsonl(FOLDER / "passages.jsonl"):
        if str(p["text"]) not in seen:
            seen.add(str(p["text"]))
            passages.append(p)
    return (
        passages,
        labels_of(FOLDER / "annotator_a.jsonl"),
        labels_of(FOLDER / "annotator_b.jsonl"),
    )


def cmd_agreement() -> int:
    passages, a, b = load_all()
    report = {
        name: agreement(
            a,
            b,
            [str(p["id"]) for p in passages if in_gold(p, split, batches)],
        )
        for name, split, batches in gold_files()
    }
    report["all"] = agreement(a, b, [str(p["id"]) for p in passages])
    (FOLDER / "agreement.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(report["all"]))
    return 0


def adjudicated() -> dict[tuple[str, str], dict[str, str] | None]:
    """Decisions already made: (passage id, category) -> final measure or None."""
    path = FOLDER / "adjudicated.jsonl"
    decided: dict[tuple[str, str], dict[str, str] | None] = {}
    for record in read_jsonl(path) if path.exists() else []:
        for item in record["decisions"]:  # type: ignore[attr-defined]
            decided[(str(record["id"]), item["category"])] = (
                None
                if item["status"] is None
                else {"status": item["status"], "evidence": item.get("evidence", "")}
            )
    return decided


def cmd_disagreements() -> int:
    """The disagreements not yet adjudicated (a later batch adds only its own)."""
    passages, a, b = load_all()
    decided = adjudicated()
    out: list[dict[str, object]] = []
    for p in passages:
        i = str(p["id"])
        items = []
        for c in CATEGORIES:
            la, lb = a[i].get(c), b[i].get(c)
            if la == lb or (la and lb and la["status"] == lb["status"]) or (i, c) in decided:
                continue
            items.append({"category": c, "annotator_1": la, "annotator_2": lb})
        if items:
            out.append({"id": i, "context": p["context"], "text": p["text"], "items": items})
    path = FOLDER / "disagreements.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for record in out:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    items_total = sum(len(r["items"]) for r in out)  # type: ignore[arg-type,misc]
    print(f"{len(out)} passages, {items_total} items -> {path}")
    return 0


# From test #107 on, the gold's speaker is the one both annotators named, where they agree
# on a State other than the collector's: the annotators decide who speaks (the brief's first
# rule), the collector only filed the page. Test #107's collection filed 42 pages a US agency
# wrote about another State (child-labour findings, law summaries) under the United States;
# in 29 both annotators named the State described and labelled its measures as its own.
# Where they differ, the collector's speaker stands, as it did for the adjudicator.
SPEAKER_BY_ANNOTATORS_FROM = "multi99"


def speaker_of(
    passage: dict[str, object], a_record: dict[str, object], b_record: dict[str, object]
) -> str:
    """The gold's speaker for one passage (see SPEAKER_BY_ANNOTATORS_FROM)."""
    names = list(FOLDER_GOLD)
    if FOLDER.name not in names or names.index(FOLDER.name) < names.index(
        SPEAKER_BY_ANNOTATORS_FROM
    ):
        return str(passage["speaker"])
    iso3 = str(a_record.get("speaker_iso3") or "")
    if not iso3 or iso3 != str(b_record.get("speaker_iso3") or ""):
        return str(passage["speaker"])
    collected = resolve(str(passage["speaker"]))
    if collected is not None and collected.iso3 == iso3:
        return str(passage["speaker"])
    named = state_by_iso3(iso3)
    return str(passage["speaker"]) if named is None else named.name


def cmd_merge() -> int:
    passages, a, b = load_all()
    decided = adjudicated()
    speakers = {
        name: {str(r["id"]): r for r in read_jsonl(FOLDER / f"annotator_{name}.jsonl")}
        for name in ("a", "b")
    }
    for name, split, batches in gold_files():
        path = REAL / f"{name}.jsonl"
        with path.open("w", encoding="utf-8", newline="\n") as handle:
            for p in passages:
                if not in_gold(p, split, batches):
                    continue
                i = str(p["id"])
                measures = []
                for c in CATEGORIES:
                    la, lb = a[i].get(c), b[i].get(c)
                    if (i, c) in decided:
                        final = decided[(i, c)]
                    elif la and lb and la["status"] == lb["status"]:
                        final = la
                    elif la is None and lb is None:
                        final = None
                    else:
                        print(f"error: {i} {c}: disagreement not adjudicated", file=sys.stderr)
                        return 2
                    if final is not None:
                        measures.append({"category": c, **final})
                record = {
                    "id": i,
                    "text": p["text"],
                    "speaker": speaker_of(p, speakers["a"][i], speakers["b"][i]),
                    # a Factbook entry or a TIP narrative is about trafficking as a whole; a
                    # passage that says so itself (tests #9, #10) is taken at its word
                    "on_trafficking": bool(
                        p["on_trafficking"]
                        if "on_trafficking" in p
                        else p.get("corpus") == "cia-world-factbook" or "source" in p
                    ),
                    "measures": measures,
                    "source": p["source"]
                    if "source" in p
                    else {k: p[k] for k in ("corpus", "commit", "file", "start", "end", "year")},
                }
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        print(f"wrote {path}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("step", choices=("agreement", "disagreements", "merge"))
    parser.add_argument("--folder", choices=sorted(FOLDER_GOLD), help="a batch in its own folder")
    args = parser.parse_args(argv)
    global FOLDER
    FOLDER = REAL / args.folder if args.folder else REAL
    return {"agreement": cmd_agreement, "disagreements": cmd_disagreements, "merge": cmd_merge}[
        args.step
    ]()


if __name__ == "__main__":
    raise SystemExit(main())
