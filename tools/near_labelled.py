"""List the passages of a draw that repeat a passage labelled before it, in ids only.

Why: a draw is compared with the earlier draws by address and by exact text
(``tools/report_passages.py``), but the same page is sometimes collected again under another
address, with other navigation text around it (an IOM story on ``iom.int`` and on a country
mission's site, an ILO comment on ``ilo.org`` and ``normlex.ilo.org``). A passage whose content
was labelled before is not held out: its score is partly in-sample. This prints the ids of the
draw's passages half or more of whose 8-word sequences occur in one earlier labelled
passage (any other folder under ``tests/gold/real/``, drawn before this one), so that they are
dropped by id (``--drop``) before anyone reads the draw. Found by hand while test #44 was
drawn; tests #41 and #43 held 3 and 1 such passages (``docs/evaluation.md``).

Usage::

    python tools/near_labelled.py --draw multi36 [--passages PASSAGES_JSONL]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from meetings_passages import shingles  # noqa: E402

REAL = ROOT / "tests" / "gold" / "real"
# this share or more of a passage's 8-word sequences in one earlier passage: the same page
SHARE = 0.5


def labelled_before(draw: str) -> list[tuple[str, str]]:
    """(folder, text) of every passage in the real gold folders other than this draw's and
    the draws registered after it."""
    import multi_passages

    names = list(multi_passages.DRAWS)
    later = set(names[names.index(draw) :]) if draw in names else {draw}
    found: list[tuple[str, str]] = []
    for path in sorted(REAL.glob("*/passages.jsonl")):
        if path.parent.name in later:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                found.append((path.parent.name, json.loads(line)["text"]))
    return found


def near_labelled(
    passages: list[dict[str, object]], earlier: list[tuple[str, str]]
) -> list[tuple[str, float, str]]:
    """(id, share, folder) of each passage SHARE or more of whose 8-word sequences occur in
    one earlier passage, with the largest such share."""
    index: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for k, (_folder, text) in enumerate(earlier):
        for gram in shingles(text):
            index[gram].append(k)
    found = []
    for p in passages:
        mine = shingles(str(p["text"]))
        if not mine:
            continue
        hits: Counter[int] = Counter(k for gram in mine for k in index.get(gram, ()))
        if not hits:
            continue
        k, shared = hits.most_common(1)[0]
        share = shared / len(mine)
        if share >= SHARE:
            found.append((str(p["id"]), round(share, 2), earlier[k][0]))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--draw", required=True, help="the draw's folder name (multi36)")
    parser.add_argument("--passages", type=Path, help="default: the draw's passages.jsonl")
    args = parser.parse_args(argv)
    path = args.passages or REAL / args.draw / "passages.jsonl"
    try:
        passages = [
            json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line
        ]
    except (OSError, ValueError) as exc:
        print(f"{path}: cannot read passages ({exc})", file=sys.stderr)
        return 2
    for pid, share, folder in near_labelled(passages, labelled_before(args.draw)):
        print(f"{pid} {share:.2f} of its 8-word sequences in a passage of {folder}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
