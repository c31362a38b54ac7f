"""Turn stored openings of US TIP Report country narratives into real passages for labelling.

Why this exists: issue #6 asks for real text no one here wrote, and every source used so far
(General Debate, Factbook, press releases, Geneva summaries) is either exhausted or thin in
measures (25 measures over 216 pages). The US State Department's Trafficking in Persons
Report (public domain) describes, country by country, laws, shelters, referral, plans and
their status: the "country narrative" genre the tool is built for. The library's stored web
pages (``search``, corpus ``pages``) give each page's opening (about 2,000 characters); a
helper collected them into ``raw.jsonl`` (``{"url", "query", "excerpt"}`` per page).

Editions 2019-2023 were never collected: the reserved Factbook editions (2021, 2023) are
condensed from them. This command writes, reproducibly from ``raw.jsonl``:

- ``passages.jsonl``: one passage per country section of a page (a multi-country page opens
  with several), the described State as speaker (codebook §6), cut after its last complete
  sentence; page furniture and section sub-headings ("Prosecution") left out;
- every passage is in the test split, decided here before anyone read one.

Sections are dropped, with a one-line reason each, when the State cannot be told from the
heading, the address or the opening words, when they are shorter than ``MIN_WORDS``, when
most of their sentences repeat an earlier passage (a narrative copied from one edition to
the next), or when they were read before this batch was drawn (``SEEN``).

Usage::

    python tools/tip_passages.py --raw RAW_JSONL [--output tests/gold/real/tip]
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from meetings_passages import SENTENCE_END, cut_to_sentence  # noqa: E402

from pipeline.resolve import resolve_state  # noqa: E402

MIN_WORDS = 40
FORBIDDEN_EDITIONS = range(2019, 2024)  # the reserved Factbook 2021/2023 condense these
# Narratives the developer read (in a search result) before this batch was drawn.
SEEN = {("HND", 2006), ("HND", 2007), ("HND", 2008), ("HTI", 2005)}
# Narratives sharing 12 or more specific 8-word sequences (sequences found in fewer than
# three entries) with a reserved Factbook 2021/2023 entry; an ordinary narrative shares 0-11
# (tools/reserved_overlap.py, which prints counts only, never the reserved text).
NEAR_RESERVED = {
    ("KWT", 2017),
    ("KWT", 2018),
    ("EGY", 2017),
    ("JOR", 2018),
    ("VNM", 2018),
    # the second batch (tip2)
    ("SEN", 2013),
    ("TZA", 2014),
    ("CMR", 2015),
    ("MLI", 2015),
    ("MUS", 2015),
    ("SUR", 2015),
    ("BOL", 2016),
    ("SWZ", 2018),
    ("NIC", 2018),
    # the third batch (tip3)
    ("FJI", 2013),
    ("GUY", 2014),
    ("PRK", 2014),
    ("NIC", 2014),
    ("TLS", 2014),
    ("GUY", 2015),
    ("KAZ", 2015),
    ("LSO", 2015),
    ("SVN", 2015),
    ("TJK", 2015),
    ("TKM", 2015),
    ("NIC", 2016),
    ("SYC", 2016),
    ("SLB", 2016),
    ("TLS", 2016),
    ("TKM", 2016),
    ("VEN", 2016),
    ("ATG", 2017),
    ("BOL", 2017),
    ("ZWE", 2018),
    # the fourth batch (tip4)
    ("BTN", 2015),
    ("MOZ", 2015),
    ("BRN", 2016),
    ("MOZ", 2016),
}
HEADING = re.compile(
    r"^(?P<name>(?:THE |The )?[A-Z][A-Za-z .,'’\-]{1,60}?)"
    r"(?:\s*\((?:TIER|Tier|Special Case)[^)]*\)|:\s*Tier [0-9A-Za-z ]+)?\s*$"
)
EDITION_IN_URL = re.compile(r"(?:tiprpt/(?:countries/)?|reports/)(20\d\d)")
DATE_LINE = re.compile(r"^(?:[A-Z][a-z]+ \d{1,2}, |[A-Z][a-z]+ )((?:19|20)\d\d)$")
SLUG = re.compile(r"/reports/20\d\d-trafficking-in-persons-report/([a-z-]+)/?$")
SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+")
SUBJECT = re.compile(r"^(?:The )?([A-Z][A-Za-z .,'’\-]{1,60}?) (?:is|was|remains|are) ")
GOVERNMENT_OF = re.compile(
    r"\bThe Government of ((?:the )?[A-Z][A-Za-z .'’\-]{1,50}?) (?:does|did|is)"
)
LONG_LINE = 200
# Address slugs the resolver does not read as a name: the report's own short forms.
SLUG_NAMES = {
    "macedonia": "North Macedonia",
    "st-vincent-and-the-grenadines": "Saint Vincent and the Grenadines",
}


def edition_of(record: dict[str, str]) -> int | None:
    """The report's edition: from a state.gov address or a date line, else the edition the
    collector read off a copy's title (``"edition"``, fifth batch on: refworld, ecoi.net)."""
    found = EDITION_IN_URL.search(record["url"])
    if found:
        return int(found.group(1))
    for line in record["excerpt"].splitlines()[:20]:
        date = DATE_LINE.match(line.strip())
        if date:
            return int(date.group(1))
    edition = record.get("edition")
    return int(edition) if isinstance(edition, int) else None


def state_of(name: str) -> str | None:
    entity = resolve_state(name.strip().title() if name.isupper() else name.strip())
    return entity.iso3 if entity is not None else None


def is_heading(line: str) -> str | None:
    """The ISO3 code of a country heading line ("ALBANIA (TIER 2)", "KUWAIT: Tier 2 Watch
    List", "THE BAHAMAS"), None for any other line."""
    match = HEADING.match(line.strip())
    if not match or len(line.strip()) > 70:
        return None
    return state_of(match.group("name"))


# A copy's own furniture long enough to pass for a paragraph (refworld's disclaimer).
FURNITURE = re.compile(r"^Disclaimer|is not responsible for, nor does it necessarily endorse")


def is_body(line: str) -> bool:
    """A narrative paragraph, not furniture or a sub-heading ("Prosecution", "Share")."""
    text = line.strip()
    if FURNITURE.search(text):
        return False
    return len(text.split()) >= 12 or (len(text) > 30 and bool(SENTENCE_END.search(text[-3:])))


def sections(record: dict[str, str]) -> list[tuple[str | None, str]]:
    """(ISO3 or None, text) per country section of the page's opening."""
    lines = record["excerpt"].splitlines()
    heads = [(i, iso3) for i, line in enumerate(lines) if (iso3 := is_heading(line))]
    found: list[tuple[str | None, str]] = []
    if heads:
        bounds = [*heads, (len(lines), None)]
        for (start, iso3), (end, _next) in itertools.pairwise(bounds):
            body = [line.strip() for line in lines[start + 1 : end] if is_body(line)]
            found.append((iso3, "\n\n".join(body)))
        return found
    # no heading: the page is one country's, named by its address or its opening words
    first_long = next((i for i, line in enumerate(lines) if len(line) >= LONG_LINE), None)
    if first_long is None:
        return []
    body = [line.strip() for line in lines[first_long:] if is_body(line)]
    text = "\n\n".join(body)
    slug = SLUG.search(record["url"])
    iso3 = (
        state_of(SLUG_NAMES.get(slug.group(1), slug.group(1).replace("-", " "))) if slug else None
    )
    for pattern in (SUBJECT, GOVERNMENT_OF):
        if iso3 is None and (named := pattern.search(text)):
            iso3 = state_of(named.group(1))
    if iso3 is None and record.get("country"):
        iso3 = state_of(record["country"])  # the country the collector read off the title
    return [(iso3, text)]


def sentences(text: str) -> set[str]:
    return {s.strip() for s in SENTENCE_SPLIT.split(text) if len(s.split()) >= 6}


def build(
    raw: list[dict[str, str]],
    *,
    prefix: str = "t",
    earlier: Sequence[dict[str, object]] = (),
) -> tuple[list[dict[str, object]], list[str]]:
    """Passages from collected openings; ``earlier`` is an earlier batch's passages, whose
    narratives (by State and edition) and sentences a later batch must not repeat."""
    passages: list[dict[str, object]] = []
    dropped: list[str] = []
    seen_sentences: set[str] = set()
    drawn = {(str(p["speaker_iso3"]), int(str(p["year"]))) for p in earlier}
    for p in earlier:
        seen_sentences |= sentences(str(p["text"]))
    for record in raw:
        edition = edition_of(record)
        if edition is None or edition in FORBIDDEN_EDITIONS:
            dropped.append(f"{record['url']}: edition {edition} not allowed or not found")
            continue
        for iso3, body in sections(record):
            text = cut_to_sentence(body)
            where = f"{record['url']} ({iso3 or '?'} {edition})"
            if iso3 is None:
                dropped.append(f"{where}: the State cannot be told")
            elif (iso3, edition) in SEEN:
                dropped.append(f"{where}: read before the batch was drawn")
            elif (iso3, edition) in drawn:
                dropped.append(f"{where}: drawn in an earlier batch")
            elif (iso3, edition) in NEAR_RESERVED:
                dropped.append(f"{where}: too close to a reserved Factbook entry")
            elif len(text.split()) < MIN_WORDS:
                dropped.append(f"{where}: {len(text.split())} words")
            elif len((mine := sentences(text)) & seen_sentences) * 2 > len(mine):
                dropped.append(f"{where}: most sentences repeat an earlier passage")
            else:
                seen_sentences |= mine
                drawn.add((iso3, edition))
                entity = resolve_state(iso3)
                name = entity.name if entity is not None else iso3
                passages.append(
                    {
                        "id": f"{prefix}{len(passages) + 1:03d}",
                        "split": "test",
                        "speaker": name,
                        "speaker_iso3": iso3,
                        "year": edition,
                        "context": f"US Department of State, Trafficking in Persons Report "
                        f"{edition}, country narrative for {name} (the opening of the page)",
                        "text": text,
                        "source": {"url": record["url"], "edition": edition},
                    }
                )
    return passages, dropped


def write_passages(
    output: Path, passages: list[dict[str, object]], dropped: list[str], *, pages: int
) -> None:
    """``output/passages.jsonl``, one sorted-key line per passage, and a line per drop."""
    output.mkdir(parents=True, exist_ok=True)
    with (output / "passages.jsonl").open("w", encoding="utf-8", newline="\n") as out:
        for passage in passages:
            out.write(json.dumps(passage, ensure_ascii=False, sort_keys=True) + "\n")
    for line in dropped:
        print(f"dropped: {line}", file=sys.stderr)
    print(f"{len(passages)} passages from {pages} pages; {len(dropped)} dropped")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--raw", type=Path, required=True)
    parser.add_argument("--output", type=Path, default=ROOT / "tests" / "gold" / "real" / "tip")
    parser.add_argument("--prefix", default="t", help="passage id prefix (one per batch)")
    parser.add_argument(
        "--after", type=Path, action="append", default=[], help="an earlier batch's passages"
    )
    args = parser.parse_args(argv)
    with args.raw.open(encoding="utf-8") as handle:
        raw = [json.loads(line) for line in handle if line.strip()]
    earlier = []
    for path in args.after:
        with path.open(encoding="utf-8") as handle:
            earlier += [json.loads(line) for line in handle if line.strip()]
    raw.sort(key=lambda r: r["url"])
    passages, dropped = build(raw, prefix=args.prefix, earlier=earlier)
    write_passages(args.output, passages, dropped, pages=len(raw))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
