"""How much of each candidate passage repeats the reserved Factbook editions, in numbers only.

Why: the independent evaluation uses Factbook editions 2021 and 2023, which are condensed
from the US TIP Reports; a TIP narrative that shares much wording with a reserved entry
must not be labelled. This prints, per passage, how many of its 8-word sequences occur in
a reserved entry, and how many of those are specific (found in fewer than three reserved
entries, so not boilerplate such as "does not fully meet the minimum standards"). It never
prints reserved text. ``tools/tip_passages.py`` drops the passages at 12 or more.

With ``--gd``, the reserved General Debate sessions (70-79) are counted too, as a second
figure: a government's own account of its measures (``tools/report_passages.py``) may
repeat its General Debate speech. Those sequences are kept as hashes, never as text.

Usage::

    python tools/reserved_overlap.py --factbook GIT_DIR [--gd GIT_DIR] --passages PASSAGES_JSONL
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
from collections import Counter
from pathlib import Path

from meetings_passages import shingles
from real_passages import RESERVED_FACTBOOK_EDITIONS, RESERVED_GD_SESSIONS, SQL_ROW

BOILERPLATE_ENTRIES = 3


def reserved_grams(git_dir: Path) -> Counter[tuple[str, ...]]:
    """Per 8-word sequence, in how many reserved entries it occurs."""
    entries: Counter[tuple[str, ...]] = Counter()
    for edition in RESERVED_FACTBOOK_EDITIONS:
        path = f"HEAD:data/fields/country_fields_{edition}.sql.gz"
        raw = subprocess.run(
            ["git", "--git-dir", str(git_dir), "show", path], capture_output=True, check=True
        ).stdout
        for line in gzip.decompress(raw).decode("utf-8").splitlines():
            match = SQL_ROW.match(line) if "N'Trafficking in persons'" in line else None
            if match:
                entries.update(shingles(match.group(5).replace("''", "'")))
    return entries


def reserved_gd_hashes(git_dir: Path) -> set[int]:
    """Hashes of every 8-word sequence of the reserved General Debate speeches."""
    listing = subprocess.run(
        ["git", "--git-dir", str(git_dir), "ls-tree", "-r", "--name-only", "HEAD", "data/"],
        capture_output=True,
        check=True,
        text=True,
    ).stdout.splitlines()
    sessions = tuple(f"Session {n} - " for n in RESERVED_GD_SESSIONS)
    hashes: set[int] = set()
    for path in listing:
        if path.endswith(".txt") and any(s in path for s in sessions):
            raw = subprocess.run(
                ["git", "--git-dir", str(git_dir), "show", f"HEAD:{path}"],
                capture_output=True,
                check=True,
            ).stdout
            hashes.update(hash(g) for g in shingles(raw.decode("utf-8", "replace")))
    return hashes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--factbook", type=Path, required=True, help="the archive's git dir")
    parser.add_argument("--gd", type=Path, help="the General Debate corpus's git dir")
    parser.add_argument("--passages", type=Path, required=True)
    args = parser.parse_args(argv)
    reserved = reserved_grams(args.factbook)
    gd_hashes = reserved_gd_hashes(args.gd) if args.gd else set()
    with args.passages.open(encoding="utf-8") as handle:
        for line in handle:
            passage = json.loads(line)
            mine = shingles(passage["text"])
            shared = [g for g in mine if g in reserved]
            specific = sum(reserved[g] < BOILERPLATE_ENTRIES for g in shared)
            in_gd = sum(hash(g) in gd_hashes for g in mine)
            print(
                f"{passage['id']} {passage['speaker_iso3']} {passage['year']}: "
                f"{len(mine)} sequences, {len(shared)} in a reserved entry, {specific} specific"
                + (f", {in_gd} in a reserved General Debate speech" if args.gd else "")
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
