"""Turn stored copies of UN meetings coverage pages into input documents for labelling.

Why this exists: the pipeline's main input is UN meetings coverage, and until this batch the
real-text gold held none of it (issue #6: "plus meetings-coverage style text"). The pages come
from the library's stored copies of public web pages (``search``, corpus ``pages``), which
give each page's opening (about 2,000 characters), not the whole page. This command writes,
reproducibly from a collected ``raw.jsonl`` (one ``{"url", "query", "excerpt"}`` per page):

- ``tests/gold/real/meetings/<split>/m<NNN>_<sha8>.txt``: the excerpt verbatim, cut after its
  last complete sentence (a stored opening stops mid-sentence), one file per distinct page;
- ``tests/gold/real/meetings/sources.json``: address, document symbol, year and split of each.

Pages whose text overlaps a seed document (the seeds are in-sample) are left out, and so are
pages that repeat another page (the same release under two addresses). The dev/test split is
decided here, before anyone reads a page, by a hash of the page's symbol.

Usage::

    python tools/meetings_passages.py --raw RAW_JSONL [--output tests/gold/real/meetings]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
TEST_SHARE = 5  # tenths of pages (by symbol hash) in the test split
SYMBOL = re.compile(r"/(\d{4})/(?:\d{8}\.)?([a-z]+\d+[a-z0-9-]*)\.(?:doc\.)?html?$", re.IGNORECASE)
SENTENCE_END = re.compile(r"[.!?][\"'”’)]?(?=\s|$)")
MIN_WORDS = 60


GENEVA_SUMMARY = re.compile(r"/((?:19|20)\d\d)/(\d\d)/([a-z0-9][a-z0-9-]+[a-z0-9])/?(?:[?#].*)?$")
OHCHR_NEWS = re.compile(r"NewsID=(\d+)", re.IGNORECASE)


def symbol_of(url: str) -> tuple[str, int | None] | None:
    """The page's identity and year from its address: a press release symbol ("ga11957"), a
    UN Geneva or OHCHR summary's dated slug, or an OHCHR news id; None for a page that is not
    one document (a listing such as "content/third-committee?page=48")."""
    found = SYMBOL.search(url)
    if found:
        return found.group(2).lower(), int(found.group(1))
    found = GENEVA_SUMMARY.search(url)
    if found and ("ungeneva" in url or "unog" in url or "ohchr" in url):
        return f"{found.group(1)}-{found.group(2)}-{found.group(3)}", int(found.group(1))
    found = OHCHR_NEWS.search(url)
    if found:
        return f"ohchr-news-{found.group(1)}", None
    return None


def cut_to_sentence(text: str) -> str:
    """The excerpt up to its last complete sentence."""
    ends = [m.end() for m in SENTENCE_END.finditer(text)]
    return text[: ends[-1]] if ends else ""


def shingles(text: str, n: int = 8) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + n]) for i in range(max(0, len(words) - n + 1))}


def overlap(text: str, other: set[tuple[str, ...]]) -> float:
    mine = shingles(text)
    return len(mine & other) / len(mine) if mine else 0.0


def split_of(symbol: str, all_test: bool = False) -> str:
    if all_test:
        return "test"
    digest = hashlib.sha256(f"meetings-split:{symbol}".encode()).digest()
    return "test" if digest[0] % 10 < TEST_SHARE else "dev"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--raw", type=Path, required=True)
    parser.add_argument("--output", type=Path, default=ROOT / "tests/gold/real/meetings")
    parser.add_argument(
        "--all-test",
        action="store_true",
        help="the whole batch is a test split (decided before reading), none of it dev",
    )
    parser.add_argument("--prefix", default="m", help="file name prefix of this batch's pages")
    args = parser.parse_args(argv)
    seed_shingles: set[tuple[str, ...]] = set()
    for seed in sorted(SEEDS.glob("*.txt")):
        seed_shingles |= shingles(seed.read_text(encoding="utf-8"))
    pages: dict[str, dict[str, object]] = {}
    with args.raw.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            record = json.loads(line)
            named = symbol_of(str(record["url"]))
            if named is None:
                continue
            symbol, year = named
            text = cut_to_sentence(str(record["excerpt"]).replace("\r\n", "\n"))
            if len(text.split()) < MIN_WORDS:
                continue
            known = pages.get(symbol)
            if known is None or len(text) > len(str(known["text"])):
                pages[symbol] = {"url": record["url"], "year": year, "text": text}
    kept: list[tuple[str, dict[str, object]]] = []
    dropped: dict[str, str] = {}
    seen: set[tuple[str, ...]] = set()
    for symbol in sorted(pages):
        text = str(pages[symbol]["text"])
        if overlap(text, seed_shingles) > 0.2:
            dropped[symbol] = "overlaps a seed document"
            continue
        if overlap(text, seen) > 0.5:
            dropped[symbol] = "repeats another page"
            continue
        seen |= shingles(text)
        kept.append((symbol, pages[symbol]))
    sources: dict[str, object] = {}
    for index, (symbol, page) in enumerate(kept, 1):
        text = str(page["text"])
        digest = hashlib.sha256(text.encode()).hexdigest()[:8]
        name = f"{args.prefix}{index:03d}_{digest}.txt"
        split = split_of(symbol, args.all_test)
        folder = args.output / split
        folder.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text + "\n", encoding="utf-8", newline="\n")
        sources[name] = {"url": page["url"], "symbol": symbol, "year": page["year"], "split": split}
    about = (
        "UN meetings coverage pages (press.un.org / un.org/press), the opening of each as the "
        "library's stored copy of public web pages gives it, cut after the last complete "
        "sentence; written by tools/meetings_passages.py"
    )
    (args.output / "sources.json").write_text(
        json.dumps({"about": about, "documents": sources, "dropped": dropped}, indent=2) + "\n",
        encoding="utf-8",
    )
    counts = {
        side: sum(1 for v in sources.values() if isinstance(v, dict) and v["split"] == side)
        for side in ("dev", "test")
    }
    print(f"{len(kept)} pages ({counts}), {len(dropped)} dropped -> {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
