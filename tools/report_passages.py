"""Turn stored openings of governments' own accounts of their anti-trafficking work into
real passages for labelling.

Why this exists: every real source so far describes a State from outside (the General
Debate is the State's voice but seldom on trafficking; Factbook and TIP narratives are the
US Government's view). The tool's users compare what countries *say they do*; a State's
national report to the Universal Periodic Review, its report to a treaty body, or a
ministry's own page on its anti-trafficking work is that voice, in a genre the rules were
never tuned on. A helper collected page openings (``search``, corpus ``pages``) into
``raw.jsonl``: ``{"url", "query", "excerpt", "state", "doc", "year"}`` per page, where
``state`` is the government that speaks.

One passage per page: the State as speaker, page furniture left out (lines that are
neither long nor a sentence), cut after its last complete sentence. A page is dropped, with
a one-line reason, when its State does not resolve, when its text is shorter than
``MIN_WORDS``, when it is not in English (the tool reads English), or when most of its
sentences repeat an earlier passage. Every passage is in the test split, decided here
before anyone read one.

Usage::

    python tools/report_passages.py --raw RAW_JSONL --output DIR [--prefix z]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from meetings_passages import cut_to_sentence  # noqa: E402
from tip_passages import MIN_WORDS, is_body, sentences, write_passages  # noqa: E402

from pipeline.resolve import resolve_state  # noqa: E402

# The tool reads English: a page is English when at least this share of its words are common
# English function words (English pages here score 0.25-0.5, other languages 0-0.1).
FUNCTION_WORDS = frozenset(
    {
        *("the", "of", "and", "to", "in", "a", "is", "for", "on", "that", "with", "by", "as"),
        *("are", "was", "be", "has", "have", "its", "this", "from", "at", "or", "an", "which"),
        *("were", "their", "it"),
    }
)
MIN_ENGLISH_SHARE = 0.2


def english_share(text: str) -> float:
    words = re.findall(r"[^\W\d_]+", text.lower())
    return sum(w in FUNCTION_WORDS for w in words) / len(words) if words else 0.0


def build(
    raw: list[dict[str, object]], *, prefix: str = "z", earlier: Sequence[dict[str, object]] = ()
) -> tuple[list[dict[str, object]], list[str]]:
    """Passages from collected pages; ``earlier`` is an earlier draw's passages, whose
    sentences a later draw must not repeat (one text reposted at another address)."""
    passages: list[dict[str, object]] = []
    dropped: list[str] = []
    seen_sentences: set[str] = set()
    for p in earlier:
        seen_sentences |= sentences(str(p["text"]))
    for record in raw:
        url = str(record["url"])
        entity = resolve_state(str(record.get("state") or ""))
        body = [line.strip() for line in str(record["excerpt"]).splitlines() if is_body(line)]
        text = cut_to_sentence("\n\n".join(body))
        if entity is None:
            dropped.append(f"{url}: the State {record.get('state')!r} does not resolve")
        elif len(text.split()) < MIN_WORDS:
            dropped.append(f"{url}: {len(text.split())} words")
        elif english_share(text) < MIN_ENGLISH_SHARE:
            dropped.append(f"{url}: not in English")
        elif len((mine := sentences(text)) & seen_sentences) * 2 > len(mine):
            dropped.append(f"{url}: most sentences repeat an earlier passage")
        else:
            seen_sentences |= mine
            year = record.get("year")
            doc = str(record.get("doc") or "page")
            when = f" ({year})" if isinstance(year, int) else ""
            passages.append(
                {
                    "id": f"{prefix}{len(passages) + 1:03d}",
                    "split": "test",
                    "speaker": entity.name,
                    "speaker_iso3": entity.iso3,
                    "year": year if isinstance(year, int) else None,
                    "context": f"The Government of {entity.name} in its own words: "
                    f"{doc}{when} (the opening of the page)",
                    "text": text,
                    "source": {"url": url, "doc": doc},
                }
            )
    return passages, dropped


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--raw", type=Path, required=True)
    parser.add_argument("--output", type=Path, required=True)
    parser.add_argument("--prefix", default="z", help="passage id prefix")
    args = parser.parse_args(argv)
    with args.raw.open(encoding="utf-8") as handle:
        raw = [json.loads(line) for line in handle if line.strip()]
    raw.sort(key=lambda r: str(r["url"]))
    passages, dropped = build(raw, prefix=args.prefix)
    write_passages(args.output, passages, dropped, pages=len(raw))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
