"""Pool the first scorings of the registered real test splits into one accuracy per category.

Why: an analyst reading a tag needs to know how often a tag of that kind is right on text
the rules never saw, and how much of what is there it catches; the figures per split are in
the README, but the dashboard shows tags, not the README. Each registered split (tests #9 to
#118, ``docs/evaluation/multi*-test-first-run.txt``; #73 drew no passage) was scored once on
rules frozen before its gold was merged; their true positives, false positives and false
negatives are summed per category (the first table of each file: all of the split, not a
genre). The result is
``<output>/heldout-accuracy.json``, which the dashboard's Evidence and About tabs read.

Usage::

    python tools/heldout_accuracy.py --output data
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = ROOT / "docs" / "evaluation"
# The registered splits, in the order they were scored: test #9 to test #118 (#73 drew none).
SPLITS = (
    ("test #9", "multi-test-first-run.txt"),
    ("test #10", "multi2-test-first-run.txt"),
    ("test #11", "multi3-test-first-run.txt"),
    ("test #12", "multi4-test-first-run.txt"),
    ("test #13", "multi5-test-first-run.txt"),
    ("test #14", "multi6-test-first-run.txt"),
    ("test #15", "multi7-test-first-run.txt"),
    ("test #16", "multi8-test-first-run.txt"),
    ("test #17", "multi9-test-first-run.txt"),
    ("test #18", "multi10-test-first-run.txt"),
    ("test #19", "multi11-test-first-run.txt"),
    ("test #20", "multi12-test-first-run.txt"),
    ("test #21", "multi13-test-first-run.txt"),
    ("test #22", "multi14-test-first-run.txt"),
    ("test #23", "multi15-test-first-run.txt"),
    ("test #24", "multi16-test-first-run.txt"),
    ("test #25", "multi17-test-first-run.txt"),
    ("test #26", "multi18-test-first-run.txt"),
    ("test #27", "multi19-test-first-run.txt"),
    ("test #28", "multi20-test-first-run.txt"),
    ("test #29", "multi21-test-first-run.txt"),
    ("test #30", "multi22-test-first-run.txt"),
    ("test #31", "multi23-test-first-run.txt"),
    ("test #32", "multi24-test-first-run.txt"),
    ("test #33", "multi25-test-first-run.txt"),
    ("test #34", "multi26-test-first-run.txt"),
    ("test #35", "multi27-test-first-run.txt"),
    ("test #36", "multi28-test-first-run.txt"),
    ("test #37", "multi29-test-first-run.txt"),
    ("test #38", "multi30-test-first-run.txt"),
    ("test #39", "multi31-test-first-run.txt"),
    ("test #40", "multi32-test-first-run.txt"),
    ("test #41", "multi33-test-first-run.txt"),
    ("test #42", "multi34-test-first-run.txt"),
    ("test #43", "multi35-test-first-run.txt"),
    ("test #44", "multi36-test-first-run.txt"),
    ("test #45", "multi37-test-first-run.txt"),
    ("test #46", "multi38-test-first-run.txt"),
    ("test #47", "multi39-test-first-run.txt"),
    ("test #48", "multi40-test-first-run.txt"),
    ("test #49", "multi41-test-first-run.txt"),
    ("test #50", "multi42-test-first-run.txt"),
    ("test #51", "multi43-test-first-run.txt"),
    ("test #52", "multi44-test-first-run.txt"),
    ("test #53", "multi45-test-first-run.txt"),
    ("test #54", "multi46-test-first-run.txt"),
    ("test #55", "multi47-test-first-run.txt"),
    ("test #56", "multi48-test-first-run.txt"),
    ("test #57", "multi49-test-first-run.txt"),
    ("test #58", "multi50-test-first-run.txt"),
    ("test #59", "multi51-test-first-run.txt"),
    ("test #60", "multi52-test-first-run.txt"),
    ("test #61", "multi53-test-first-run.txt"),
    ("test #62", "multi54-test-first-run.txt"),
    ("test #63", "multi55-test-first-run.txt"),
    ("test #64", "multi56-test-first-run.txt"),
    ("test #65", "multi57-test-first-run.txt"),
    ("test #66", "multi58-test-first-run.txt"),
    ("test #67", "multi59-test-first-run.txt"),
    ("test #68", "multi60-test-first-run.txt"),
    ("test #69", "multi61-test-first-run.txt"),
    ("test #70", "multi62-test-first-run.txt"),
    ("test #71", "multi63-test-first-run.txt"),
    ("test #72", "multi64-test-first-run.txt"),
    ("test #74", "multi66-test-first-run.txt"),
    ("test #75", "multi67-test-first-run.txt"),
    ("test #76", "multi68-test-first-run.txt"),
    ("test #77", "multi69-test-first-run.txt"),
    ("test #78", "multi70-test-first-run.txt"),
    ("test #79", "multi71-test-first-run.txt"),
    ("test #80", "multi72-test-first-run.txt"),
    ("test #81", "multi73-test-first-run.txt"),
    ("test #82", "multi74-test-first-run.txt"),
    ("test #83", "multi75-test-first-run.txt"),
    ("test #84", "multi76-test-first-run.txt"),
    ("test #85", "multi77-test-first-run.txt"),
    ("test #86", "multi78-test-first-run.txt"),
    ("test #87", "multi79-test-first-run.txt"),
    ("test #88", "multi80-test-first-run.txt"),
    ("test #89", "multi81-test-first-run.txt"),
    ("test #90", "multi82-test-first-run.txt"),
    ("test #91", "multi83-test-first-run.txt"),
    ("test #92", "multi84-test-first-run.txt"),
    ("test #93", "multi85-test-first-run.txt"),
    ("test #94", "multi86-test-first-run.txt"),
    ("test #95", "multi87-test-first-run.txt"),
    ("test #96", "multi88-test-first-run.txt"),
    ("test #97", "multi89-test-first-run.txt"),
    ("test #98", "multi90-test-first-run.txt"),
    ("test #99", "multi91-test-first-run.txt"),
    ("test #100", "multi92-test-first-run.txt"),
    ("test #101", "multi93-test-first-run.txt"),
    ("test #102", "multi94-test-first-run.txt"),
    ("test #103", "multi95-test-first-run.txt"),
    ("test #104", "multi96-test-first-run.txt"),
    ("test #105", "multi97-test-first-run.txt"),
    ("test #106", "multi98-test-first-run.txt"),
    ("test #107", "multi99-test-first-run.txt"),
    ("test #108", "multi100-test-first-run.txt"),
    ("test #109", "multi101-test-first-run.txt"),
    ("test #110", "multi102-test-first-run.txt"),
    ("test #111", "multi103-test-first-run.txt"),
    ("test #112", "multi104-test-first-run.txt"),
    ("test #113", "multi105-test-first-run.txt"),
    ("test #114", "multi106-test-first-run.txt"),
    ("test #115", "multi107-test-first-run.txt"),
    ("test #116", "multi108-test-first-run.txt"),
    ("test #117", "multi109-test-first-run.txt"),
    ("test #118", "multi110-test-first-run.txt"),
)
ROW = re.compile(
    r"^(?P<category>[a-z_]+)\s+[\d.]+\s+[\d.]+\s+[\d.]+\s+(?P<tp>\d+)\s+(?P<fp>\d+)\s+(?P<fn>\d+)$"
)


def first_table(text: str, where: str) -> dict[str, tuple[int, int, int]]:
    """Category -> (tp, fp, fn) from the first figures table of a first-run file."""
    counts: dict[str, tuple[int, int, int]] = {}
    started = False
    for line in text.splitlines():
        if line.startswith("category"):
            if started:
                break
            started = True
            continue
        match = ROW.match(line.strip()) if started else None
        if match:
            counts[match["category"]] = (int(match["tp"]), int(match["fp"]), int(match["fn"]))
            if match["category"] == "overall":
                break
    if "overall" not in counts:
        raise ValueError(f"{where}: no figures table")
    return counts


def ratio(a: int, b: int) -> float | None:
    return round(a / b, 3) if b else None


def pooled(runs: dict[str, dict[str, tuple[int, int, int]]]) -> dict[str, object]:
    totals: dict[str, list[int]] = {}
    for counts in runs.values():
        for category, (tp, fp, fn) in counts.items():
            t = totals.setdefault(category, [0, 0, 0])
            t[0], t[1], t[2] = t[0] + tp, t[1] + fp, t[2] + fn
    figures = {}
    for category, (tp, fp, fn) in sorted(totals.items()):
        figures[category] = {
            "tp": tp,
            "fp": fp,
            "fn": fn,
            "precision": ratio(tp, tp + fp),
            "recall": ratio(tp, tp + fn),
            "f1": ratio(2 * tp, 2 * tp + fp + fn),
        }
    return {
        "splits": list(runs),
        "note": (
            "registered real test splits, each scored once on rules frozen before its gold "
            "was merged; counts summed per category"
        ),
        "categories": figures,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--output", type=Path, required=True)
    args = parser.parse_args(argv)
    runs = {}
    for name, file in SPLITS:
        path = RUNS / file
        try:
            runs[name] = first_table(path.read_text(encoding="utf-8"), str(path))
        except (OSError, ValueError) as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
    if not args.output.is_dir():
        print(f"error: {args.output}: --output must be an existing folder", file=sys.stderr)
        return 1
    out = args.output / "heldout-accuracy.json"
    out.write_text(json.dumps(pooled(runs), indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
